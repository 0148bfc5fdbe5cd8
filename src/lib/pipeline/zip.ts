import { zipSync } from 'fflate';

/** A zip of the given files with a fixed timestamp, so the same data always gives the same bytes. */
export function deterministicZip(files: Map<string, string | Uint8Array>, date: string): Uint8Array {
  // Zip stores wall-clock time (DOS format), read from a Date in the local time zone: midnight local time of the
  // data's date is stored as that date, 00:00, whatever the build machine's time zone.
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const mtime = new Date(year, month - 1, day);
  const enc = new TextEncoder();
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    entries[path] = [typeof content === 'string' ? enc.encode(content) : content, { mtime }];
  }
  return zipSync(entries, { level: 9, mtime });
}
