// The search index (Pagefind) of the built site. Pagefind's time grows faster than a page's size (a 2 MB page takes
// 2.5 s of CPU, an 8 MB page 16 s), so a page above LARGE_PAGE is indexed as several records of PART_CHARS each:
// its searchable text (what is inside data-pagefind-body, as Pagefind itself would take it) cut at line breaks,
// every part pointing at the page (its own address: #part-N). Every other page is indexed as Pagefind indexes a folder.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import * as pagefind from 'pagefind';
import { BuildError } from '../shared/errors.ts';

export const LARGE_PAGE = 400_000;
const PART_CHARS = 100_000;
const BLOCKS = new Set(['p', 'div', 'li', 'br', 'h1', 'h2', 'h3', 'h4', 'tr', 'section', 'article', 'pre']);

/** The searchable text of a page, its title (first h1) and language, read as Pagefind would. */
export function searchableText(html: string): { text: string; title: string; language: string } {
  const parts: string[] = [];
  let body = 0;
  let skip = 0;
  let inH1 = false;
  let title = '';
  let language = 'en';
  const depth: ('body' | 'skip' | null)[] = [];
  const parser = new Parser({
    onopentag(name, attribs) {
      if (name === 'html' && attribs.lang) language = attribs.lang.toLowerCase();
      const role =
        attribs['data-pagefind-body'] !== undefined
          ? 'body'
          : attribs['data-pagefind-ignore'] !== undefined || name === 'script' || name === 'style'
            ? 'skip'
            : null;
      depth.push(role);
      if (role === 'body') body++;
      if (role === 'skip') skip++;
      if (name === 'h1' && body && !title) inH1 = true;
      if (BLOCKS.has(name) && body) parts.push('\n');
    },
    ontext(text) {
      if (!body || skip) return;
      parts.push(text);
      if (inH1) title += text;
    },
    onclosetag(name) {
      const role = depth.pop();
      if (role === 'body') body--;
      if (role === 'skip') skip--;
      if (name === 'h1') inH1 = false;
    },
  });
  parser.end(html);
  return { text: parts.join(''), title: title.trim(), language };
}

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

/** A Chinese character's weight against a Latin one's (see WEIGHT_BUDGET). */
const HAN_WEIGHT = 11;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/gu;

/** A page's searchable text as its weight in an indexer's memory. */
export function indexWeight(text: string): number {
  const han = text.match(HAN)?.length ?? 0;
  return text.length - han + HAN_WEIGHT * han;
}

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
 * bundles' indexes can be copied from an earlier run instead of indexed again.
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

/** A page with an element marked data-pagefind-body (BaseLayout's <main> on every searchable page). */
const SEARCHABLE = /<[a-z][^<>]*\sdata-pagefind-body[\s=>]/;

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

/** Index every page of `dist` into dist/pagefind/ (and, past WEIGHT_BUDGET, further bundles inside it). */
export async function buildSearchIndex(
  dist: string,
  budget = WEIGHT_BUDGET,
): Promise<{ pages: number; parts: number; bundles: number }> {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
  // Only what a page marks searchable: Pagefind itself would index a whole page in a bundle where none does.
  const searchable: { file: string; weight: number }[] = [];
  for (const file of files) {
    const html = readFileSync(join(dist, file), 'utf8');
    if (SEARCHABLE.test(html)) searchable.push({ file, weight: indexWeight(searchableText(html).text) });
  }
  const bundles = bundlesOf(searchable, budget);
  // Each bundle into a folder of its own beside the site, then moved into place: Pagefind writes a whole folder.
  const staged = bundles.map((_, n) => join(dist, `.pagefind-bundle-${n + 1}`));
  const results = await inParallel(
    bundles.map((pages, n) => () => indexBundleInWorker(dist, pages, staged[n]!)),
    INDEXERS,
  );
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
  return { pages: files.length, parts: results.reduce((n, r) => n + r.parts, 0), bundles: bundles.length };
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
