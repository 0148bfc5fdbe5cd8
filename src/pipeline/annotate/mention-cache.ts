// The mentions of each source text, kept on disk between builds. Extraction is a pure function of the text and of
// the extractor's code (src/pipeline/extract/, whose only imports from outside it are types), and was the pipeline's
// largest cost: a third of the data build of 1,005 documents, all of it again on every build. The real build
// (src/build/build.ts) turns the cache on; tests, the workbench and `npm run build:data` extract afresh.
//
// An entry is named by a sha256 over the extractor's source files, the runtime and the text, so any change to the
// extractor misses every entry. A problem with the cache only costs time: an entry that cannot be read, is corrupt or
// cannot be written is extracted afresh, and nothing here throws.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractMentions, type Mention } from '../extract/index.ts';

/** How the pipeline finds a text's mentions: extractMentions itself, or through the cache. */
export type Extract = (text: string) => Mention[];

/**
 * The extractor's source files, digested at run time. Found when a cache is opened, not when this module loads: the
 * site's bundle holds a copy of the pipeline, away from the sources, that never opens one.
 */
const extractorFolder = () => join(import.meta.dirname, '..', 'extract');

/** The layout of an entry file: changed with it, so entries of an earlier layout are never read as this one. */
const FORMAT = 'mention-cache 1';

/** The names of the cache's entries (a key), and of an entry being written: only these are ever deleted. */
const ENTRY = /^[0-9a-f]{64}\.json$/;
const TEMP = /^[0-9a-f]{64}\.json\.\d+-[0-9a-f]{12}\.tmp$/;

/** A temp file this old was left by a build that stopped mid-write; a younger one may be another build's, writing. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/** Names in code-unit order, the same on every machine (localeCompare would follow the locale). */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A digest of everything an extraction depends on besides its text: every file under the extractor's folder, in
 * sorted name order, name and bytes; and the runtime, whose regular expressions and Unicode tables (\s, \p{…}) are
 * part of what the extractor's code means.
 */
export function extractorDigest(folder: string = extractorFolder()): string {
  const hash = createHash('sha256');
  hash.update(`${FORMAT}\0`);
  const { node, v8, icu, unicode } = process.versions;
  hash.update(`${JSON.stringify([node, v8, icu ?? null, unicode ?? null])}\0`);
  const names = (readdirSync(folder, { recursive: true }) as string[])
    .filter((name) => statSync(join(folder, name)).isFile())
    .sort(byCodeUnit);
  for (const name of names) {
    const bytes = readFileSync(join(folder, name));
    hash.update(`${name}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** A number JSON writes as something else: -0 as 0, NaN and the infinities as null. */
const lossy = (v: unknown): v is number => typeof v === 'number' && (Object.is(v, -0) || !Number.isFinite(v));

/**
 * Same fields in the same order, each the same value by Object.is: -0 is not 0, NaN is NaN, and an object (which no
 * mention holds) is never the same after a round trip.
 */
function sameMentions(a: readonly Mention[], b: readonly Mention[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => {
      const one = Object.entries(m);
      const other = Object.entries(b[i]!);
      return one.length === other.length && one.every(([k, v], j) => k === other[j]![0] && Object.is(v, other[j]![1]));
    })
  );
}

interface Stored {
  key: string;
  mentions: Mention[];
  /** Numbers JSON cannot carry, put back after parsing: [mention index, field, "-0" | "NaN" | "Infinity" | …]. */
  numbers: [number, string, string][];
}

/**
 * An entry's file content, or null when the mentions hold a value this format would not give back exactly (a field
 * set to undefined, an object): such a text is extracted on every build rather than read back changed.
 */
export function encodeEntry(key: string, mentions: readonly Mention[]): string | null {
  const numbers: Stored['numbers'] = [];
  mentions.forEach((m, i) => {
    for (const [field, v] of Object.entries(m))
      if (lossy(v)) numbers.push([i, field, Object.is(v, -0) ? '-0' : String(v)]);
  });
  const json = JSON.stringify({ key, mentions, numbers });
  const back = decodeEntry(key, json);
  return back && sameMentions(back, mentions) ? json : null;
}

/**
 * The mentions of an entry's file content, or null when it is not a sound entry for `key`. `text`, when given, is
 * the text the entry is for: each mention must then be the very substring it says it is.
 */
export function decodeEntry(key: string, json: string, text?: string): Mention[] | null {
  let stored: Stored;
  try {
    stored = JSON.parse(json) as Stored;
  } catch {
    return null;
  }
  if (typeof stored !== 'object' || stored === null || stored.key !== key) return null;
  const { mentions, numbers } = stored;
  if (!Array.isArray(mentions) || !Array.isArray(numbers)) return null;
  for (const m of mentions as unknown[]) {
    if (typeof m !== 'object' || m === null) return null;
    const { text: said, start, end, kind } = m as Partial<Mention>;
    if (typeof said !== 'string' || typeof kind !== 'string' || !Number.isInteger(start) || !Number.isInteger(end))
      return null;
    if (text !== undefined && text.slice(start, end) !== said) return null;
  }
  for (const entry of numbers as unknown[]) {
    if (!Array.isArray(entry)) return null;
    const [i, field, value] = entry as unknown[];
    if (typeof i !== 'number' || typeof field !== 'string' || typeof value !== 'string') return null;
    if (!mentions[i] || !Object.hasOwn(mentions[i], field)) return null;
    (mentions[i] as unknown as Record<string, unknown>)[field] = value === '-0' ? -0 : Number(value);
  }
  return mentions;
}

/** Extraction through a folder of entries, one file per text; `extract` is what the pipeline calls. */
export class MentionCache {
  /** Texts read from the cache, and texts extracted (each then stored) in this run. */
  hits = 0;
  extracted = 0;
  private readonly dir: string;
  /** Null when the folder or the extractor's files cannot be read: the cache is then off for the run. */
  private readonly digest: string | null;
  /** The entries this run looked up, which pruning keeps. */
  private readonly used = new Set<string>();

  /** `extractor` is the folder whose files are digested: the extractor's own, but for tests. */
  constructor(dir: string, extractor: string = extractorFolder()) {
    this.dir = dir;
    this.digest = attempt(() => {
      mkdirSync(dir, { recursive: true });
      return extractorDigest(extractor);
    });
  }

  readonly extract: Extract = (text) => {
    if (this.digest === null) return this.fresh(text);
    // The text as UTF-16 code units, exactly as JavaScript holds it: as UTF-8, unpaired surrogates would all become
    // U+FFFD, and two different texts one key.
    const key = createHash('sha256').update(this.digest).update(text, 'utf16le').digest('hex');
    this.used.add(key);
    const path = join(this.dir, `${key}.json`);
    const json = attempt(() => readFileSync(path, 'utf8'));
    const cached = json === null ? null : decodeEntry(key, json, text);
    if (cached) {
      this.hits++;
      return cached;
    }
    const mentions = this.fresh(text);
    const entry = encodeEntry(key, mentions);
    // Written whole to a temp file of this process's own, then renamed over the entry: a reader sees the whole entry
    // or none, whatever other build runs at the same time.
    if (entry !== null) {
      const temp = `${path}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;
      const written = attempt(() => {
        writeFileSync(temp, entry);
        renameSync(temp, path);
        return true;
      });
      if (written === null) attempt(() => rmSync(temp, { force: true }));
    }
    return mentions;
  };

  private fresh(text: string): Mention[] {
    this.extracted++;
    return extractMentions(text);
  }

  /**
   * Delete the entries this run did not look up, once its build has succeeded: the texts of the data as it is now are
   * all kept. Another build running at the same time may lose entries it uses, which then only costs it an
   * extraction: an entry is only ever whole or absent.
   */
  prune(): void {
    if (this.digest === null) return;
    const names = attempt(() => readdirSync(this.dir)) ?? [];
    const now = Date.now();
    for (const name of names) {
      const path = join(this.dir, name);
      const stale = ENTRY.test(name)
        ? !this.used.has(name.slice(0, 64))
        : TEMP.test(name) && (attempt(() => statSync(path).mtimeMs) ?? now) < now - STALE_TEMP_MS;
      if (stale) attempt(() => rmSync(path, { force: true }));
    }
  }
}

/** The value of `f`, or null when it throws: a cache's problems only cost time. */
function attempt<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}
