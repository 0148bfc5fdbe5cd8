// The project's data folder as the workbench sees it: files read once and kept, every write checked to land inside
// data/ and written whole (to a temporary file, then renamed) so that a failed save never leaves half a file.
import { existsSync, readdirSync, readFileSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Reader } from '../../shared/reader.ts';

export class Workspace {
  readonly root: string;
  private readonly cache = new Map<string, Uint8Array | undefined>();

  constructor(root: string) {
    this.root = resolve(root);
  }

  /** A reader over the files as they are now, for the data build's checks; `override` replaces some in memory. */
  reader(override: Map<string, string> = new Map()): Reader {
    const enc = new TextEncoder();
    return {
      bytes: (path) => (override.has(path) ? enc.encode(override.get(path)!) : this.bytes(path)),
      list: (dir) => {
        const abs = join(this.root, dir);
        return existsSync(abs) ? readdirSync(abs).sort() : [];
      },
    };
  }

  bytes(path: string): Uint8Array | undefined {
    if (!this.cache.has(path)) {
      const abs = join(this.root, path);
      this.cache.set(path, existsSync(abs) ? readFileSync(abs) : undefined);
    }
    return this.cache.get(path);
  }

  text(path: string): string {
    const b = this.bytes(path);
    if (!b) throw new Error(`${path} is missing`);
    return new TextDecoder().decode(b);
  }

  json<T>(path: string): T {
    return JSON.parse(this.text(path)) as T;
  }

  /** Write a file under data/; anything else (or a path that escapes through a link) is refused. */
  write(path: string, content: string): void {
    const abs = resolve(this.root, path);
    const data = realpathSync(join(this.root, 'data'));
    const dir = realpathSync(dirname(abs));
    const inside = relative(data, dir);
    if (!path.startsWith('data/') || inside.startsWith('..') || inside.split(sep).includes('..'))
      throw new Error(`refused to write ${path}: the workbench writes only inside data/`);
    const tmp = `${abs}.curate-${process.pid}.tmp`;
    writeFileSync(tmp, content);
    renameSync(tmp, abs);
    this.cache.set(path, new TextEncoder().encode(content));
  }
}
