// What the after-pages steps need to know of each built page, read once: its digest, what in it the security policy
// forbids (csp.ts), whether search indexes it and the weight of its searchable text (search-index.ts). Each page is
// read and hashed on every build; it is parsed only when no earlier build saw the same bytes, since an incremental
// build copies most pages unchanged from its cache and parsing thousands of them again cost some 2.5 s at 1,000
// documents. What a page's bytes give never changes while the code that reads them does not: the cache is keyed by
// the code of these modules and the policy (their source files' bytes), so any change to them reads every page afresh.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { codeDigest } from '../shared/digest.ts';
import { inlineContent } from './csp.ts';
import { Parser } from 'htmlparser2';

export interface PageFacts {
  /** SHA-256 of the page's bytes (hex). */
  hash: string;
  /** What the policy forbids in it, each named (empty: none). */
  forbidden: string[];
  /** Whether it marks content for search (data-pagefind-body). */
  searchable: boolean;
  /** Its searchable text's weight in an indexer's memory (search-index.ts indexWeight); 0 if not searchable. */
  weight: number;
}

/** A page with an element marked data-pagefind-body (BaseLayout's <main> on every searchable page). */
export const SEARCHABLE = /<[a-z][^<>]*\sdata-pagefind-body[\s=>]/;

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

/** A Chinese character's weight against a Latin one's (search-index.ts WEIGHT_BUDGET). */
const HAN_WEIGHT = 11;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/gu;

/** A page's searchable text as its weight in an indexer's memory. */
export function indexWeight(text: string): number {
  const han = text.match(HAN)?.length ?? 0;
  return text.length - han + HAN_WEIGHT * han;
}

/** The code whose reading of a page the facts are: these modules' and the policy's source files. */
export const CODE = ['page-facts.ts', 'csp.ts', '../shared/policy.ts'].map((f) => join(import.meta.dirname, f));

type Cached = [forbidden: string[], searchable: boolean, weight: number];

function readCache(file: string | undefined, version: string): Map<string, Cached> {
  if (!file) return new Map();
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { version: string; pages: Record<string, Cached> };
    return saved.version === version ? new Map(Object.entries(saved.pages)) : new Map();
  } catch {
    // None yet, or unreadable: every page is read afresh.
    return new Map();
  }
}

/** The facts kept for the next build: this build's pages only, written whole under another name, then renamed. */
function writeCache(file: string, version: string, facts: Iterable<PageFacts>): void {
  const pages: Record<string, Cached> = {};
  for (const f of facts) pages[f.hash] = [f.forbidden, f.searchable, f.weight];
  const partial = `${file}.${process.pid}`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(partial, JSON.stringify({ version, pages }));
    renameSync(partial, file);
  } catch {
    // A cache that cannot be written only costs the next build the parsing.
  }
}

/** Every HTML page under `dist` (its path there, sorted) with its facts; `cacheFile` keeps them between builds. */
export function pageFacts(dist: string, cacheFile?: string): Map<string, PageFacts> {
  const version = codeDigest(CODE);
  const cache = readCache(cacheFile, version);
  const out = new Map<string, PageFacts>();
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    const hash = createHash('sha256').update(bytes).digest('hex');
    const known = cache.get(hash);
    if (known) {
      const [forbidden, searchable, weight] = known;
      out.set(file, { hash, forbidden, searchable, weight });
      continue;
    }
    const html = bytes.toString('utf8');
    const searchable = SEARCHABLE.test(html);
    out.set(file, {
      hash,
      forbidden: inlineContent(html),
      searchable,
      weight: searchable ? indexWeight(searchableText(html).text) : 0,
    });
  }
  if (cacheFile) writeCache(cacheFile, version, out.values());
  return out;
}
