import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** How the build reads the project's inputs; tests pass an in-memory one. Paths are relative to the project root. */
export interface Reader {
  bytes(path: string): Uint8Array | undefined;
  list(dir: string): string[];
}

export function diskReader(root: string): Reader {
  return {
    bytes: (path) => (existsSync(join(root, path)) ? readFileSync(join(root, path)) : undefined),
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
