// A strict Content-Security-Policy for the built site, set in two places: a <meta http-equiv> in every page (hosts that
// send no headers still get it) and the `/*` block of dist/_headers (Netlify / Cloudflare Pages format), to which
// src/lib/exports/headers.ts adds per path what a meta tag cannot carry (frame-ancestors).
//
// One policy serves every page, so the header and the meta tag agree: scripts and styles come from this site only,
// never inline. Pages are built with no inline script, no <style> element and no style attribute (stylesheets are
// files; charts carry no <style>); should one appear anyway, its sha256 is added, so the policy never needs
// 'unsafe-inline'. An inline event handler (onclick=…) cannot be allowed by hash without 'unsafe-hashes' and stops
// the build.
//
// Astro's own `security.csp` was not used: it hashes only the scripts and styles Astro bundles (not `is:inline` ones)
// and writes a per-page policy, which a single _headers rule for every page cannot match.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pathRules, withPathRules } from '../lib/exports/headers.ts';

/** What every page may load; hashes of inline content, if any, are added to script-src and style-src. */
export const BASE_DIRECTIVES: readonly (readonly [string, ...string[]])[] = [
  ['default-src', "'self'"],
  // Pagefind (the search page) runs its index as WebAssembly: 'wasm-unsafe-eval' allows compiling it, not eval().
  ['script-src', "'self'", "'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  // data: for the favicon, inlined in every page so that no page waits on a request for it.
  ['img-src', "'self'", 'data:'],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
];

/** The line of public/_headers that the build fills in. */
const HEADER_PLACEHOLDER = /^(\s+Content-Security-Policy:).*$/m;

/** Inline content of a page that a policy has to allow. */
export interface InlineContent {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
  eventHandlers: string[];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };

/** The inline scripts, <style> elements, style attributes and event handlers of an HTML page. */
export function inlineContent(html: string): InlineContent {
  const out: InlineContent = { scripts: [], styles: [], styleAttributes: [], eventHandlers: [] };
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (!/\ssrc=/i.test(attrs!) && !/\stype=["']?application\/(ld\+)?json/i.test(attrs!)) out.scripts.push(body!);
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) out.styles.push(body!);
  // Tags only: page text is escaped, so "<" in it never opens one.
  for (const [tag] of html.matchAll(/<[a-zA-Z][^>]*>/g)) {
    for (const [, name, , value] of tag.matchAll(/\s(style|on[a-z]+)=(["'])([\s\S]*?)\2/gi)) {
      const decoded = value!.replace(/&(amp|quot|#39|lt|gt);/g, (e) => ENTITIES[e]!);
      if (name!.toLowerCase() === 'style') out.styleAttributes.push(decoded);
      else out.eventHandlers.push(`${name}="${value}"`);
    }
  }
  return out;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy for pages with this inline content: the base directives plus a hash of each inline script and style. */
export function policyFor(inline: InlineContent[]): string {
  const hashes = (texts: string[]) => [...new Set(texts.map(sha256))].sort();
  const scripts = hashes(inline.flatMap((i) => i.scripts));
  const styles = hashes(inline.flatMap((i) => i.styles));
  const attributes = hashes(inline.flatMap((i) => i.styleAttributes));
  return BASE_DIRECTIVES.map(([name, ...values]) => {
    if (name === 'script-src') values.push(...scripts);
    if (name === 'style-src') values.push(...styles, ...(attributes.length ? ["'unsafe-hashes'", ...attributes] : []));
    return [name, ...values].join(' ');
  }).join('; ');
}

/** The page with the policy as a meta tag right after <meta charset>, before anything the policy governs. */
export function withMeta(html: string, policy: string): string {
  const charset = /<meta charset="utf-8"\s*\/?>/i.exec(html);
  if (!charset) throw new Error('page has no <meta charset="utf-8"> to put the Content-Security-Policy after');
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}<meta http-equiv="Content-Security-Policy" content="${policy}">${html.slice(at)}`;
}

/**
 * The _headers file with the policy on its Content-Security-Policy line. Who may frame a page, which only a header
 * can say, is added per path (src/lib/exports/headers.ts).
 */
export function withHeader(headers: string, policy: string): string {
  if (!HEADER_PLACEHOLDER.test(headers))
    throw new Error('public/_headers has no Content-Security-Policy line to fill in');
  return headers.replace(HEADER_PLACEHOLDER, `$1 ${policy}`);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => join(dir, f));
}

/** Astro integration: after the build, compute the policy from every page and write it into pages and _headers. */
export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'content-security-policy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = htmlFiles(root).map((file) => ({ file, html: readFileSync(file, 'utf8') }));
        const inline = pages.map((p) => inlineContent(p.html));
        const handlers = inline.flatMap((i, n) => i.eventHandlers.map((h) => `${pages[n]!.file}: ${h}`));
        if (handlers.length)
          throw new Error(`inline event handlers cannot be allowed by the policy:\n${handlers.join('\n')}`);
        const policy = policyFor(inline);
        for (const p of pages) writeFileSync(p.file, withMeta(p.html, policy));
        const headersFile = join(root, '_headers');
        const headers = withHeader(readFileSync(headersFile, 'utf8'), policy);
        writeFileSync(headersFile, withPathRules(headers, pathRules(root)));
        logger.info(`${pages.length} pages and _headers: ${policy}`);
      },
    },
  };
}
