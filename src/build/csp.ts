// The Content-Security-Policy of the built site (src/shared/policy.ts) is in two places: a <meta http-equiv> in every
// page, emitted by the layout (hosts that send no headers still get it), and the `/*` rule of dist/_headers
// (headers.ts), whose framing rules add per path what a meta tag cannot carry (frame-ancestors).
//
// The policy is a constant: scripts and styles come from this site only, never inline. Each built page is parsed
// with an HTML parser (htmlparser2) and the build stops, naming the page, on any inline script, <style> element, style
// attribute, event-handler attribute or javascript: address. Text that merely looks like markup (a summary reading
// "<script>…") is escaped by Astro and reaches the parser as text, so data can neither add to the policy nor stop it.
//
// Astro's own `security.csp` was not used: it hashes only the scripts and styles Astro bundles (not `is:inline` ones)
// and writes a per-page policy, which a single _headers rule for every page cannot match.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { BuildError } from '../shared/errors.ts';
import { POLICY } from '../shared/policy.ts';
import { headerRules, renderHeaders, unframeablePatterns } from './headers.ts';

const DATA_BLOCK = /^application\/(ld\+)?json$/i;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);
const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** Everything in a page the policy forbids, each as a short description of the element or attribute. */
export function inlineContent(html: string): string[] {
  const found: string[] = [];
  let policies = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'script' && attribs.src === undefined && !DATA_BLOCK.test(attribs.type ?? ''))
          found.push('inline <script>');
        if (name === 'style') found.push('<style> element');
        if (name === 'meta' && attribs['http-equiv']?.toLowerCase() === 'content-security-policy') {
          policies++;
          if (attribs.content !== POLICY)
            found.push(`a Content-Security-Policy other than the site's ("${short(attribs.content ?? '')}")`);
        }
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
  if (policies !== 1) found.push(`${policies} Content-Security-Policy meta tags (one expected: use DocumentHead)`);
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

/**
 * After the pages are built: check every page (no inline content, the policy's meta tag once, as the layout emits it),
 * then write _headers (framing per path, read from the built tree). Throws, naming the pages, when any page fails;
 * then nothing has been written. Pages are not rewritten: they carry the policy as built. `facts` gives each page's
 * findings (page-facts.ts, which runs inlineContent on every page whose bytes no earlier build checked).
 */
export function checkPolicy(root: string, facts: ReadonlyMap<string, { forbidden: string[] }>): number {
  const checked = [...facts].map(([page, f]) => ({ page, found: f.forbidden }));
  if (checked.some((p) => p.found.length)) throw inlineContentError(checked);
  writeFileSync(join(root, '_headers'), renderHeaders(headerRules(POLICY, unframeablePatterns(root))));
  return checked.length;
}
