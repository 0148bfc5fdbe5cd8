import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Replace a directory with the given files all at once: write a sibling temp directory, then swap it in by rename.
 * A failure part-way leaves the previous directory as it was and no temp directory behind.
 */
export function writeAtomic(dir: string, files: Map<string, string | Uint8Array>): void {
  const tmp = `${dir}.tmp-${process.pid}`;
  const old = `${dir}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    for (const [path, content] of files) {
      const full = join(tmp, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  mkdirSync(dirname(dir), { recursive: true });
  const had = existsSync(dir);
  if (had) renameSync(dir, old);
  renameSync(tmp, dir);
  if (had) rmSync(old, { recursive: true, force: true });
}
