import { zipSync } from 'fflate';

/** A zip of the given files with a fixed timestamp, so the same data always gives the same bytes. */
export function deterministicZip(files: Map<string, string | Uint8Array>, date: string): Uint8Array {
  const mtime = new Date(`${date}T00:00:00Z`);
  const enc = new TextEncoder();
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [path, content] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    entries[path] = [typeof content === 'string' ? enc.encode(content) : content, { mtime }];
  }
  return zipSync(entries, { level: 9, mtime });
}
