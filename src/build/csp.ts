// A strict Content-Security-Policy for the built site (the CSP step of `npm run build`), set in two places: a
// <meta http-equiv> in every page (hosts that send no headers still get it) and the `/*` rule of dist/_headers
// (headers.ts), whose framing rules add per path what a meta tag cannot carry (frame-ancestors).
//
// The policy is a constant: scripts and styles come from this site only, never inline. Each built page is parsed
// with an HTML parser (htmlparser2) and the build stops, naming the page, on any inline script, <style> element, style
// attribute, event-handler attribute or javascript: address. Text that merely looks like markup (a summary reading
// "<script>…") is escaped by Astro and reaches the parser as text, so data can neither add to the policy nor stop it.
//
// Astro's own `security.csp` was not used: it hashes only the scripts and styles Astro bundles (not `is:inline` ones)
// and writes a per-page policy, which a single _headers rule for every page cannot match.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Parser } from 'htmlparser2';
import { BuildError } from './error.ts';
import { headerRules, renderHeaders, unframeablePatterns } from './headers.ts';

/** What every page may load. */
export const POLICY = [
  "default-src 'self'",
  // Pagefind (the search page) runs its index as WebAssembly: 'wasm-unsafe-eval' allows compiling it, not eval().
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  // data: for the favicon, inlined in every page so that no page waits on a request for it.
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

const DATA_BLOCK = /^application\/(ld\+)?json$/i;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);
const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** Everything in a page the policy forbids, each as a short description of the element or attribute. */
export function inlineContent(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'script' && attribs.src === undefined && !DATA_BLOCK.test(attribs.type ?? ''))
          found.push('inline <script>');
        if (name === 'style') found.push('<style> element');
        for (const [attr, value] of Object.entries(attribs)) {
          if (attr === 'style') found.push(`style attribute on <${name}> (style="${short(value)}")`);
          else if (attr.startsWith('on')) found.push(`event handler on <${name}> (${attr}="${short(value)}")`);
          else if (URL_ATTRIBUTES.has(attr) && /^\s*javascript:/i.test(value))
            found.push(`javascript: address on <${name}> (${attr}="${short(value)}")`);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return found;
}

/** The one-line failure for pages with forbidden content: the first twenty pages named, the rest counted. */
export function inlineContentError(pages: { page: string; found: string[] }[]): BuildError {
  const bad = pages.filter((p) => p.found.length);
  const listed = bad.slice(0, 20).map((p) => `${p.page}: ${p.found.slice(0, 3).join(', ')}`);
  const more = bad.length > 20 ? `; and ${bad.length - 20} more page(s)` : '';
  return new BuildError(
    'csp',
    `${bad.length} page(s) carry inline content the Content-Security-Policy forbids: ${listed.join('; ')}${more}`,
    'move scripts to files in public/ or <script> tags Astro bundles, and styles to src/styles/ (classes, not style=)',
  );
}

/** The page with the policy as a meta tag right after <meta charset>, before anything the policy governs. */
export function withMeta(html: string, policy: string): string {
  const charset = /<meta charset="utf-8"\s*\/?>/i.exec(html);
  if (!charset) throw new Error('page has no <meta charset="utf-8"> to put the Content-Security-Policy after');
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}<meta http-equiv="Content-Security-Policy" content="${policy}">${html.slice(at)}`;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * The CSP step of the build: check every page of the built site, then write the policy into each page and write
 * _headers (framing per path, read from the built tree). Throws, naming the pages, when any carries inline content;
 * then nothing has been written.
 */
export function applyPolicy(root: string): number {
  const files = htmlFiles(root);
  const checked = files.map((file) => ({
    page: relative(root, file),
    found: inlineContent(readFileSync(file, 'utf8')),
  }));
  if (checked.some((p) => p.found.length)) throw inlineContentError(checked);
  for (const file of files) writeFileSync(file, withMeta(readFileSync(file, 'utf8'), POLICY));
  writeFileSync(join(root, '_headers'), renderHeaders(headerRules(POLICY, unframeablePatterns(root))));
  return files.length;
}
