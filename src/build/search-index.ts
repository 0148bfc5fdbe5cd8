// The search index (Pagefind) of the built site. Pagefind's time grows faster than a page's size (a 2 MB page takes
// 2.5 s of CPU, an 8 MB page 16 s), so a page above LARGE_PAGE is indexed as several records of PART_CHARS each:
// its searchable text (what is inside data-pagefind-body, as Pagefind itself would take it) cut at line breaks,
// every part pointing at the page (its own address: #part-N). Every other page is indexed as Pagefind indexes a folder.
import { createHash } from 'node:crypto';
import { constants, cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { codeDigest } from '../shared/digest.ts';
import { BuildError } from '../shared/errors.ts';
import { pageFacts, searchableText, type PageFacts } from './page-facts.ts';

export const LARGE_PAGE = 400_000;
const PART_CHARS = 100_000;
/** The text cut into parts of about PART_CHARS, at a line break where there is one. */
export function splitText(text: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + PART_CHARS);
    const nl = text.lastIndexOf('\n', end);
    if (end < text.length && nl > at + PART_CHARS / 2) end = nl + 1;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

const urlOf = (file: string) => `/${file.replace(/index\.html$/, '').replace(/\.html$/, '/')}`;

/**
 * What an indexer is given per bundle, in units of its memory: Pagefind's memory grows with the text it indexes, a
 * Chinese character costing about eleven times a Latin one (it is segmented into words, each a key of the index).
 * Measured on the synthetic corpus of 1,000 documents, one indexer took some 60 MB plus 32 MB per million Latin
 * characters and 350 MB per million Chinese ones: the Chinese source pages in one bundle of 48 MB of HTML took
 * 1.5 GB. A bundle of WEIGHT_BUDGET units takes about 300 MB, two index side by side, and the search page merges the
 * bundles (Pagefind's mergeIndex). A site below the budget (the real project's) has one bundle.
 */
export const WEIGHT_BUDGET = 8_000_000;

/** Where the bundles after the first are listed for the search page (public/search.js reads it). */
export const BUNDLES_FILE = 'bundles.json';

/** Bundle n's folder under dist/ (the first is pagefind/ itself) and its address. */
const bundleDir = (n: number) => (n === 0 ? 'pagefind' : `pagefind/bundle-${n + 1}`);

/**
 * Indexers at a time: two, or one on one core. More cores would index sooner but each indexer adds its memory, and a
 * build's peak must not grow with the machine it runs on.
 */
const INDEXERS = Math.min(2, availableParallelism());

/** Where a path falls in [0, 1): the first four bytes of its SHA-256, so that a path always falls alike. */
const pathFraction = (file: string) => createHash('sha256').update(file).digest().readUInt32BE(0) / 2 ** 32;

/**
 * The pages in bundles, in path order. A site within the budget is one bundle. A larger one is cut where the pages
 * themselves say: a page starts a bundle when its path's fraction (pathFraction) is below its weight over half the
 * budget, so that cuts fall about once per half a budget of weight whatever the pages' sizes; and a page also starts
 * one when the bundle would otherwise pass the budget. Cut where the pages say, not where a running total reaches the
 * budget, a bundle keeps its pages when a page elsewhere is added, removed or edited: the bundle holding that page
 * changes, and at times its neighbour, when the page is itself a cut or moves a cut the budget made (which can move
 * the budget's next cut too, up to the next cut the pages make). On the synthetic site of 1,000 documents (some
 * 4,000 pages), a page added at any place changed one bundle 95 times in 100, and two the other times; the other
 * bundles' indexes come from the cache (buildSearchIndex) instead of being indexed again.
 */
export function bundlesOf(files: { file: string; weight: number }[], budget: number): string[][] {
  if (files.reduce((n, f) => n + f.weight, 0) <= budget) return [files.map((f) => f.file)];
  const target = budget / 2;
  const out: string[][] = [[]];
  let size = 0;
  for (const { file, weight } of files) {
    if (size > 0 && (size + weight > budget || pathFraction(file) < weight / target)) {
      out.push([]);
      size = 0;
    }
    out.at(-1)!.push(file);
    size += weight;
  }
  return out;
}

/** One bundle: its pages indexed (long ones in parts) and written to `out` by an indexer of its own. */
export async function indexBundle(
  dist: string,
  files: string[],
  out: string,
): Promise<{ parts: number; problems: string[] }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new BuildError('pagefind', `could not start: ${errors.join('; ')}`, 'reinstall: npm install');
  const problems: string[] = [];
  let parts = 0;
  try {
    for (const file of files) {
      const html = readFileSync(join(dist, file), 'utf8');
      if (html.length <= LARGE_PAGE) {
        const r = await index.addHTMLFile({ sourcePath: file, content: html });
        problems.push(...r.errors.map((e) => `${file}: ${e}`));
        continue;
      }
      const { text, title, language } = searchableText(html);
      const chunks = splitText(text);
      for (const [n, content] of chunks.entries()) {
        // Records of one address are merged into one (and indexed as slowly as the whole page): each part gets its own.
        const url = n === 0 ? urlOf(file) : `${urlOf(file)}#part-${n + 1}`;
        const meta = { title: chunks.length > 1 ? `${title} (${n + 1}/${chunks.length})` : title };
        const r = await index.addCustomRecord({ url, content, language, meta });
        problems.push(...r.errors.map((e) => `${file}: ${e}`));
        parts++;
      }
    }
    const written = await index.writeFiles({ outputPath: out });
    problems.push(...written.errors);
    return { parts, problems };
  } finally {
    // A fresh indexer per bundle: the memory of one is given back before the next starts.
    await pagefind.close();
  }
}

/**
 * The code that indexes a bundle (this module, its worker and the reading of a page's searchable text): a cache entry
 * holds what an earlier version of it wrote, so its key changes with any change to it, as a version number someone
 * must remember to bump would not.
 */
export const INDEXER_CODE = ['search-index.ts', 'search-bundle-worker.ts', 'page-facts.ts'].map((f) =>
  join(import.meta.dirname, f),
);

/** The installed Pagefind's version: its indexer (a binary of the same version) decides every byte of a bundle. */
function pagefindVersion(): string {
  const pkg = join(dirname(dirname(fileURLToPath(import.meta.resolve('pagefind')))), 'package.json');
  const { name, version } = JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string; version?: string };
  if (name !== 'pagefind' || !version)
    throw new BuildError('pagefind', `${pkg} names no version`, 'reinstall: npm install');
  return version;
}

/**
 * A bundle's key in the cache: all its index is made of, which is the indexer (Pagefind's version, INDEXER_CODE and
 * the sizes that cut a long page) and each page's path and HTML, in order. Two runs that give a bundle the same key
 * write the same bytes for it: Pagefind names its files by their content, and nothing of a bundle's output depends on
 * the folder it is written to or on the other bundles (checked by tests/build/search/cache.test.ts). A renumbered
 * bundle therefore keeps its key.
 */
function bundleKey(indexer: string, pages: string[], hashOf: Map<string, string>): string {
  const key = createHash('sha256').update(indexer);
  for (const file of pages) key.update(`${JSON.stringify(file)} ${hashOf.get(file)}\n`);
  return key.digest('hex');
}

/**
 * A page that lists the collection (the overview, a section's index, in either language: one folder deep at most)
 * rather than one entry of it. Adding a document changes these pages every time, wherever the document is.
 */
const listsCollection = (file: string) => file.replace(/^en\//, '').split('/').length <= 2;

/** An entry page's id (its folder's name: a document's, task's or indicator's), which orders it among the others. */
const entryId = (file: string) => file.split('/').at(-2) ?? '';

/**
 * The searchable pages in bundles (a site within the budget is one bundle, in path order). A larger site keeps the
 * pages that list the collection in bundles of their own, and cuts the other pages (bundlesOf) in the order of their
 * entries' ids, so that one document's pages (its source and plan pages in both languages) sit side by side. Adding a
 * document then changes the small bundle of listing pages and the bundle holding its pages (with, at times, the one
 * of an indicator it adds a figure to), not a bundle in each section and language: measured at 1,000 documents, 4
 * bundles of 21 were indexed again before, 2 after (5.7 s then, 1.9 s now, with page-facts.ts).
 */
export function searchBundles(pages: { file: string; weight: number }[], budget: number): string[][] {
  if (pages.reduce((n, p) => n + p.weight, 0) <= budget) return [pages.map((p) => p.file)];
  const lists = pages.filter((p) => listsCollection(p.file));
  const entries = pages
    .filter((p) => !listsCollection(p.file))
    .map((p) => ({ ...p, id: entryId(p.file) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return [lists, entries].flatMap((group) => (group.length ? bundlesOf(group, budget) : []));
}

/** The names of the cache's entries (a key) and of an entry being written (a build killed while writing leaves it). */
const ENTRY = /^[0-9a-f]{64}$/;
const PARTIAL = /^\.partial-[0-9a-f]{64}-\d+$/;

/**
 * The bundle cached under `key` copied into `out`, and its count of parts; undefined when the cache has no such
 * bundle or it cannot be read, and the bundle is then indexed.
 */
function fromCache(cacheDir: string, key: string, out: string): number | undefined {
  const entry = join(cacheDir, key);
  try {
    const { parts } = JSON.parse(readFileSync(join(entry, 'parts.json'), 'utf8')) as { parts: number };
    cpSync(join(entry, 'bundle'), out, { recursive: true, mode: constants.COPYFILE_FICLONE });
    return parts;
  } catch {
    rmSync(out, { recursive: true, force: true });
    return undefined;
  }
}

/**
 * The bundle just indexed into `dir` kept in the cache under `key`: written under another name and renamed once
 * whole, so that a build killed while writing leaves no entry that looks complete, only a partial one that the next
 * run deletes. A cache that cannot be written (read-only, full) costs the next run the time of indexing the bundle,
 * and nothing else; an entry that another build has just written is left as it is.
 */
function toCache(cacheDir: string, key: string, dir: string, parts: number): void {
  const partial = join(cacheDir, `.partial-${key}-${process.pid}`);
  try {
    rmSync(partial, { recursive: true, force: true });
    cpSync(dir, join(partial, 'bundle'), { recursive: true, mode: constants.COPYFILE_FICLONE });
    writeFileSync(join(partial, 'parts.json'), JSON.stringify({ parts }));
    renameSync(partial, join(cacheDir, key));
  } catch {
    try {
      rmSync(partial, { recursive: true, force: true });
    } catch {
      // Left for the next run's pruneCache.
    }
  }
}

/**
 * The cache's entries that this run did not use deleted, and partial ones: the cache holds the bundles of the site
 * as it is now, not of every site there has been. Only names the cache gives are touched, whatever else the folder
 * holds. (Two builds sharing a cache at the same time would delete each other's entries, which costs the other its
 * time but not its index: an entry it cannot copy is indexed.)
 */
function pruneCache(cacheDir: string, used: Set<string>): void {
  let names: string[];
  try {
    names = readdirSync(cacheDir);
  } catch {
    return;
  }
  for (const name of names)
    if ((ENTRY.test(name) && !used.has(name)) || PARTIAL.test(name))
      try {
        rmSync(join(cacheDir, name), { recursive: true, force: true });
      } catch {
        // A cache that cannot be written stays as it is; the build does not depend on it.
      }
}

/** What buildSearchIndex did: the pages read, long pages' parts, bundles written, and how each bundle was made. */
export interface SearchIndexRun {
  pages: number;
  parts: number;
  bundles: number;
  /** Bundles indexed by Pagefind in this run. */
  indexed: number;
  /** Bundles copied from the cache, their pages as a run before left them. */
  cached: number;
}

/**
 * Index every page of `dist` into dist/pagefind/ (and, past the budget, further bundles inside it). With `cacheDir`,
 * a bundle whose pages are as an earlier run left them is copied from there instead of indexed (see bundleKey), each
 * bundle indexed is kept there, and the entries this run did not use are deleted: adding a page to a large site
 * indexes one or two bundles instead of all. What is written to dist/pagefind/ is the same, byte for byte, with or
 * without the cache. `facts` is what page-facts.ts read of each page (read here when not given).
 */
export async function buildSearchIndex(
  dist: string,
  budget = WEIGHT_BUDGET,
  cacheDir?: string,
  facts: ReadonlyMap<string, PageFacts> = pageFacts(dist),
): Promise<SearchIndexRun> {
  // Only what a page marks searchable: Pagefind itself would index a whole page in a bundle where none does.
  const searchable = [...facts]
    .filter(([, f]) => f.searchable)
    .map(([file, { weight, hash }]) => ({ file, weight, hash }));
  const bundles = searchBundles(searchable, budget);
  const hashOf = new Map(searchable.map((p) => [p.file, p.hash]));
  const indexer = cacheDir
    ? `pagefind ${pagefindVersion()}; code ${codeDigest(INDEXER_CODE)}; large page ${LARGE_PAGE}; part ${PART_CHARS}\n`
    : '';
  const keys = bundles.map((pages) => bundleKey(indexer, pages, hashOf));
  // Each bundle into a folder of its own beside the site, then moved into place: Pagefind writes a whole folder.
  // What a killed run left there goes first, as a bundle copied from the cache would be merged into it.
  for (const name of readdirSync(dist))
    if (/^\.pagefind-bundle-\d+$/.test(name)) rmSync(join(dist, name), { recursive: true, force: true });
  const staged = bundles.map((_, n) => join(dist, `.pagefind-bundle-${n + 1}`));
  if (cacheDir)
    try {
      mkdirSync(cacheDir, { recursive: true });
    } catch {
      // A cache that cannot be made: every bundle is indexed, as without one.
    }
  const parts: number[] = [];
  const todo: number[] = [];
  for (const n of bundles.keys()) {
    const cached = cacheDir ? fromCache(cacheDir, keys[n]!, staged[n]!) : undefined;
    if (cached === undefined) todo.push(n);
    else parts[n] = cached;
  }
  const results = await inParallel(
    todo.map((n) => async () => {
      const r = await indexBundleInWorker(dist, bundles[n]!, staged[n]!);
      // Kept as soon as it is indexed: a build that fails on another bundle's page still spares the next its time.
      if (cacheDir && !r.problems.length) toCache(cacheDir, keys[n]!, staged[n]!, r.parts);
      return r;
    }),
    INDEXERS,
  );
  for (const [i, r] of results.entries()) parts[todo[i]!] = r.parts;
  const problems = results.flatMap((r) => r.problems);
  if (problems.length) {
    for (const dir of staged) rmSync(dir, { recursive: true, force: true });
    throw new BuildError('pagefind', problems.slice(0, 20).join('; '), 'correct the pages named (see above)');
  }
  rmSync(join(dist, bundleDir(0)), { recursive: true, force: true });
  renameSync(staged[0]!, join(dist, bundleDir(0)));
  for (const [n, dir] of staged.entries()) if (n > 0) renameSync(dir, join(dist, bundleDir(n)));
  const more = bundles.slice(1).map((_, i) => `/${bundleDir(i + 1)}/`);
  writeFileSync(join(dist, bundleDir(0), BUNDLES_FILE), JSON.stringify(more));
  if (cacheDir) pruneCache(cacheDir, new Set(keys));
  return {
    pages: facts.size,
    parts: parts.reduce((a, b) => a + b, 0),
    bundles: bundles.length,
    indexed: todo.length,
    cached: bundles.length - todo.length,
  };
}

/** Run the tasks, at most `limit` at a time; results in the tasks' order. */
async function inParallel<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, lane));
  return out;
}

/** The worker's module, run by Node itself (it strips the types). */
const WORKER = join(import.meta.dirname, 'search-bundle-worker.ts');

/**
 * One bundle indexed in a worker thread: Pagefind's indexer is one process per module instance and uses one core, so
 * two bundles index side by side on two cores, each with an indexer of its own.
 */
function indexBundleInWorker(
  dist: string,
  files: string[],
  out: string,
): Promise<{ parts: number; problems: string[] }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { dist, files, out }, execArgv: [] });
    worker.once('message', (r: { parts: number; problems: string[] } | { error: string }) =>
      'error' in r ? reject(new BuildError('pagefind', r.error, 'reinstall: npm install')) : resolve(r),
    );
    worker.once('error', (e) => reject(new BuildError('pagefind', e.message, 'reinstall: npm install')));
    worker.once('exit', (code) => {
      if (code !== 0) reject(new BuildError('pagefind', `an indexer stopped (exit ${code})`, 'build again'));
    });
  });
}
