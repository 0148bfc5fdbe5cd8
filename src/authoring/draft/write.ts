// How the draft writes into the project: through no symbolic link, and all or nothing (the source copy, the
// annotation and the manifest entry appear together or not at all).
import { existsSync, lstatSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The largest text the draft takes: a longer one is not one document (or not text), and drafting it would not end soon. */
export const MAX_BYTES = 5 * 1024 * 1024;

/** A path the draft may write: neither it nor its folder is a symbolic link. Returns the problem, or null. */
export function linkProblem(path: string): string | null {
  for (const p of [path, dirname(path)]) {
    let link: boolean;
    try {
      link = lstatSync(p).isSymbolicLink();
    } catch {
      continue;
    }
    if (link)
      return `${p} is a symbolic link: the draft writes only into the project's own files; replace the link with the file or folder it points to`;
  }
  return null;
}

/**
 * Writes every file or none: each goes to a temporary file beside its target first, then all are renamed into place,
 * the last one (the manifest) only when the others are in; a failure removes what this call put there.
 */
export function writeAll(files: readonly { path: string; data: string | Uint8Array }[]): void {
  const temps: string[] = [];
  const placed: { path: string; existed: boolean }[] = [];
  try {
    for (const f of files) {
      const temp = join(dirname(f.path), `.${basename(f.path)}.${process.pid}.tmp`);
      temps.push(temp);
      writeFileSync(temp, f.data, { flag: 'wx' });
    }
    files.forEach((f, i) => {
      const existed = existsSync(f.path);
      renameSync(temps[i]!, f.path);
      placed.push({ path: f.path, existed });
    });
  } catch (e) {
    for (const t of temps) rmSync(t, { force: true });
    // Files this call created go; a file it replaced cannot come back, so the one that may be replaced (the
    // manifest) is renamed last, after every new file is in.
    for (const p of placed) if (!p.existed) rmSync(p.path, { force: true });
    throw e;
  }
}
