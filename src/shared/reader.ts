import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { DataError } from './errors.ts';

/** How the build reads the project's inputs; tests pass an in-memory one. Paths are relative to the project root. */
export interface Reader {
  bytes(path: string): Uint8Array | undefined;
  list(dir: string): string[];
}

/**
 * Reads files under `root`. What is read from data/ must be a file inside data/: a symbolic link that leads out of
 * it (the build would publish whatever it points at), a directory, or a name too long for the file system is one
 * message naming the path.
 */
export function diskReader(root: string): Reader {
  const dataRoot = existsSync(join(root, 'data')) ? realpathSync(join(root, 'data')) : join(root, 'data');
  return {
    bytes: (path) => {
      const full = join(root, path);
      try {
        lstatSync(full);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENAMETOOLONG')
          throw new DataError(
            path,
            '',
            'the file name is too long for the file system',
            'shorten the id it is named after',
          );
        if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
        throw e;
      }
      if (!existsSync(full))
        throw new DataError(
          path,
          '',
          'is a symbolic link to a file that does not exist',
          'replace the link with the file',
        );
      const real = realpathSync(full);
      if (path.startsWith('data/') && !real.startsWith(dataRoot + sep))
        throw new DataError(
          path,
          '',
          `is a symbolic link to ${real}, outside data/`,
          'replace the link with a copy of the file itself (every input is kept, byte for byte, in data/)',
        );
      if (statSync(full).isDirectory())
        throw new DataError(
          path,
          '',
          'is a directory where a file was expected',
          'replace it with the file, or remove it',
        );
      return readFileSync(full);
    },
    list: (dir) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir)).sort() : []),
  };
}

/** A reader over a map of path → content, for tests. */
export function memoryReader(files: Record<string, string | Uint8Array>): Reader {
  const enc = new TextEncoder();
  return {
    bytes: (path) => {
      const f = files[path];
      return f === undefined ? undefined : typeof f === 'string' ? enc.encode(f) : f;
    },
    list: (dir) =>
      Object.keys(files)
        .filter((p) => p.startsWith(`${dir}/`) && !p.slice(dir.length + 1).includes('/'))
        .map((p) => p.slice(dir.length + 1))
        .sort(),
  };
}
