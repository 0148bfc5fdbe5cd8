// The one JSON formatter for files people read and diff (published data, drafted annotations, the workbench's saves):
// two-space indentation and a final line break, so a saved file and a drafted one compare line by line.

/** `value` as JSON text the way every file of the project is written. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
