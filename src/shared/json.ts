// The one JSON formatter for files people read and diff (published data, drafted annotations, the workbench's saves):
// two-space indentation and a final line break, so a saved file and a drafted one compare line by line.

/** `value` as JSON text the way every file of the project is written. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * A list as formatJson writes it, byte for byte, but made row by row into bytes: the JSON of a large collection's
 * list (mentions of thousands of documents) is longer than a JavaScript string may be.
 */
export function formatJsonRows(rows: readonly unknown[]): Uint8Array {
  if (!rows.length) return encoder.encode('[]\n');
  const parts: Uint8Array[] = [encoder.encode('[\n')];
  rows.forEach((row, i) => {
    // Structural line breaks only: a line break inside a string is written as \n by JSON.stringify.
    const text = JSON.stringify(row, null, 2).replaceAll('\n', '\n  ');
    parts.push(encoder.encode(`  ${text}${i < rows.length - 1 ? ',' : ''}\n`));
  });
  parts.push(encoder.encode(']\n'));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const encoder = new TextEncoder();
