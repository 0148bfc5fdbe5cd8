// The search index (Pagefind) of the built site. Pagefind's time grows faster than a page's size (a 2 MB page takes
// 2.5 s of CPU, an 8 MB page 16 s), so a page above LARGE_PAGE is indexed as several records of PART_CHARS each:
// its searchable text (what is inside data-pagefind-body, as Pagefind itself would take it) cut at line breaks,
// every part pointing at the page (its own address: #part-N). Every other page is indexed as Pagefind indexes a folder.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import * as pagefind from 'pagefind';
import { BuildError } from './error.ts';

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

/** Index every page of `dist` into dist/pagefind/. */
export async function buildSearchIndex(dist: string): Promise<{ pages: number; parts: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new BuildError('pagefind', `could not start: ${errors.join('; ')}`, 'reinstall: npm install');
  const problems: string[] = [];
  let parts = 0;
  try {
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    for (const file of files.sort()) {
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
    const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
    problems.push(...written.errors);
    if (problems.length)
      throw new BuildError('pagefind', problems.slice(0, 20).join('; '), 'correct the pages named (see above)');
    return { pages: files.length, parts };
  } finally {
    await pagefind.close();
  }
}
