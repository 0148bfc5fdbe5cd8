// The project's data folder as the workbench sees it. Every read asks the disk whether the file changed (its size and
// times), so an edit made outside the workbench shows on the next page without a restart. Each file's content has a
// version, a hash of its bytes: a page carries the versions it was drawn from, and a save whose file changed since is
// refused rather than written over. Every write lands inside data/ and is written whole (to a temporary file, then
// renamed), so that a failed save never leaves half a file.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Reader } from '../../shared/reader.ts';

interface Cached {
  /** What the disk said about the file when it was read: a change to any of these reads it again. */
  stamp: string;
  bytes: Uint8Array;
  version: string;
}

/** A file the workbench cannot read as JSON: one message naming it and the fix, shown in the page. */
export class FileProblem extends Error {}

/** How many earlier versions of each file are kept, to show what changed when a save is refused. */
const KEPT = 16;

export const versionOf = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** What a computation read: each file's version ("" where it was missing) and each folder's listing. */
export interface Reads {
  files: Map<string, string>;
  dirs: Map<string, string>;
}

export class Workspace {
  readonly root: string;
  private readonly cache = new Map<string, Cached>();
  private tracking: Reads | null = null;
  /** Earlier contents by version, per file: a refused save shows the change from the version its page read. */
  private readonly seen = new Map<string, Map<string, string>>();

  constructor(root: string) {
    this.root = resolve(root);
  }

  /** A reader over the files as they are now, for the data build's checks; `override` replaces some in memory. */
  reader(override: Map<string, string> = new Map()): Reader {
    const enc = new TextEncoder();
    return {
      bytes: (path) => (override.has(path) ? enc.encode(override.get(path)!) : this.bytes(path)),
      list: (dir) => {
        const names = this.list(dir);
        this.tracking?.dirs.set(dir, names.join('\n'));
        return names;
      },
    };
  }

  private list(dir: string): string[] {
    const abs = join(this.root, dir);
    return existsSync(abs) ? readdirSync(abs).sort() : [];
  }

  bytes(path: string): Uint8Array | undefined {
    const bytes = this.read(path);
    this.tracking?.files.set(path, bytes ? this.cache.get(path)!.version : '');
    return bytes;
  }

  private read(path: string): Uint8Array | undefined {
    const abs = join(this.root, path);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      this.cache.delete(path);
      return undefined;
    }
    const stamp = `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;
    const hit = this.cache.get(path);
    if (hit?.stamp === stamp) return hit.bytes;
    const bytes = readFileSync(abs);
    this.cache.set(path, { stamp, bytes, version: versionOf(bytes) });
    return bytes;
  }

  /** Run `fn`, noting every file and folder it reads through this workspace. */
  tracked<T>(fn: () => T): { value: T; reads: Reads } {
    const outer = this.tracking;
    const reads: Reads = { files: new Map(), dirs: new Map() };
    this.tracking = reads;
    try {
      return { value: fn(), reads };
    } finally {
      this.tracking = outer;
      // A computation inside another read what it read.
      if (outer) {
        for (const [p, v] of reads.files) outer.files.set(p, v);
        for (const [d, l] of reads.dirs) outer.dirs.set(d, l);
      }
    }
  }

  /** Whether every file and folder of `reads` is as it was then. */
  unchanged(reads: Reads): boolean {
    for (const [p, v] of reads.files) if ((this.read(p) ? this.cache.get(p)!.version : '') !== v) return false;
    for (const [d, l] of reads.dirs) if (this.list(d).join('\n') !== l) return false;
    return true;
  }

  /** The version of a file as it is now; "" for a file that does not exist. */
  version(path: string): string {
    return this.bytes(path) ? this.cache.get(path)!.version : '';
  }

  /** The content a version of a file had, if the workbench read or wrote it. */
  earlier(path: string, version: string): string | undefined {
    return this.seen.get(path)?.get(version);
  }

  text(path: string): string {
    const b = this.bytes(path);
    if (!b) throw new FileProblem(`${path} is missing: restore it (git checkout ${path})`);
    const text = new TextDecoder().decode(b);
    this.keep(path, this.version(path), text);
    return text;
  }

  json<T>(path: string): T {
    const text = this.text(path);
    try {
      return JSON.parse(text) as T;
    } catch (e) {
      throw new FileProblem(
        `${path} is not valid JSON (${(e as Error).message}): correct it in your editor, or restore it with git checkout ${path}; the workbench reads it again on the next page`,
        { cause: e },
      );
    }
  }

  /** Write a file under data/; anything else (or a path that escapes through a link) is refused. */
  write(path: string, content: string | Uint8Array): void {
    const abs = resolve(this.root, path);
    const data = realpathSync(join(this.root, 'data'));
    const dir = realpathSync(dirname(abs));
    const inside = relative(data, dir);
    if (!path.startsWith('data/') || inside.startsWith('..') || inside.split(sep).includes('..'))
      throw new Error(`refused to write ${path}: the workbench writes only inside data/`);
    const tmp = `${abs}.curate-${process.pid}.tmp`;
    writeFileSync(tmp, content);
    renameSync(tmp, abs);
    if (typeof content === 'string') this.keep(path, versionOf(content), content);
  }

  private keep(path: string, version: string, text: string): void {
    let versions = this.seen.get(path);
    if (!versions) this.seen.set(path, (versions = new Map()));
    if (versions.has(version)) return;
    versions.set(version, text);
    if (versions.size > KEPT) versions.delete(versions.keys().next().value!);
  }
}
