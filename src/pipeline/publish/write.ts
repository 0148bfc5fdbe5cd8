import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DataError } from '../../shared/errors.ts';

/** How files are written; tests pass one that fails as a full disk would. */
export type Writer = (path: string, content: string | Uint8Array) => void;

const WRITE_FAILURES: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EFBIG: 'the file is larger than the disk or the user quota allows',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EROFS: 'the file system is read-only',
  EPERM: 'the operation is not permitted (an immutable or protected file)',
  ENAMETOOLONG: 'the file name is too long for the file system',
};

/** Write every file under `dir`; a failure is one message naming the file and the cause, never a stack trace. */
export function writeFiles(dir: string, files: Map<string, string | Uint8Array>, write: Writer = writeFileSync): void {
  for (const [path, content] of files) {
    const full = join(dir, path);
    try {
      mkdirSync(dirname(full), { recursive: true });
      write(full, content);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      throw new DataError(
        full,
        '',
        `cannot write the file: ${WRITE_FAILURES[code] ?? (e as Error).message}${code ? ` (${code})` : ''}`,
        code === 'ENAMETOOLONG'
          ? 'shorten the id the file is named after (ids are file names: keep them under 100 characters)'
          : 'free space or fix permissions where the build writes, then build again; nothing was published',
      );
    }
  }
}

/**
 * Replace a directory with the given files all at once: write a sibling temp directory, then swap it in by rename.
 * A failure part-way leaves the previous directory as it was and no temp directory behind.
 */
export function writeAtomic(dir: string, files: Map<string, string | Uint8Array>, write?: Writer): void {
  const tmp = `${dir}.tmp-${process.pid}`;
  const old = `${dir}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    writeFiles(tmp, files, write);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  const had = existsSync(dir);
  try {
    mkdirSync(dirname(dir), { recursive: true });
    if (had) renameSync(dir, old);
    try {
      renameSync(tmp, dir);
    } catch (e) {
      if (had) renameSync(old, dir);
      throw e;
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new DataError(
      dir,
      '',
      `cannot replace the folder: ${WRITE_FAILURES[code] ?? (e as Error).message}${code ? ` (${code})` : ''}`,
      'make the folder and its parent writable (and not immutable: lsattr), then run again; it is as it was',
    );
  }
  // Written from here on: an old copy that cannot be deleted is left, never reported as a failure.
  try {
    if (had) rmSync(old, { recursive: true, force: true });
  } catch {
    // left for the next run's rmSync of its own old copy, or for a person
  }
}
