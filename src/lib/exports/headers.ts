// Per-path rules of dist/_headers that depend on what a path is: who may frame it, and how long charts and share
// images are cached. The CSP step (src/integrations/csp.ts) fills the site's policy into the `/*` rule, then adds
// these.
//
// Framing is the one thing that differs between pages. Netlify and Cloudflare Pages send the headers of every rule
// a path matches, so "no framing" cannot sit on `/*` and be lifted for embeds: a second, stricter policy would still
// apply. Instead `/*` carries the policy without frame-ancestors, and a set of rules covering every built path except
// the embed pages adds frame-ancestors 'none' (and X-Frame-Options for older browsers); embed pages get
// frame-ancestors *. The covering rules are read from the built tree, so a new section is covered without an edit.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Address prefixes of the only pages other sites may put in a frame. */
export const FRAMEABLE = ['/embed/', '/en/embed/'] as const;

export const NO_FRAMING = ["Content-Security-Policy: frame-ancestors 'none'", 'X-Frame-Options: DENY'];
export const ANY_FRAMING = ['Content-Security-Policy: frame-ancestors *'];

/** Chart files and share cards keep their addresses when their content changes: cached briefly, revalidated. */
const CACHED_BRIEFLY = ['/charts/*', '/en/charts/*', '/share/*', '/en/share/*'];
const BRIEF_CACHE = 'Cache-Control: public, max-age=300, must-revalidate';

/** Folders the build writes after Astro's (package.json: pagefind's search index), so not yet there to be read. */
const WRITTEN_LATER = ['pagefind'];

/** Patterns that together match every file under `dir` (at address `prefix`) but no frameable page. */
export function unframeablePatterns(dir: string, prefix = '/'): string[] {
  if (FRAMEABLE.some((f) => f === prefix)) return [];
  if (!FRAMEABLE.some((f) => f.startsWith(prefix))) return [`${prefix}*`];
  const out = existsSync(join(dir, 'index.html')) ? [prefix] : [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.isDirectory()) out.push(...unframeablePatterns(join(dir, entry.name), `${prefix}${entry.name}/`));
    else if (entry.name !== 'index.html' && !entry.name.startsWith('_')) out.push(`${prefix}${entry.name}`);
  }
  return out;
}

/** Each pattern with the header lines it carries, in file order. */
export function pathRules(root: string): [string, string[]][] {
  const rules = new Map<string, string[]>();
  const add = (pattern: string, lines: string[]) => rules.set(pattern, [...(rules.get(pattern) ?? []), ...lines]);
  for (const f of FRAMEABLE) add(`${f}*`, ANY_FRAMING);
  for (const p of unframeablePatterns(root)) add(p, NO_FRAMING);
  for (const d of WRITTEN_LATER) if (!rules.has(`/${d}/*`)) add(`/${d}/*`, NO_FRAMING);
  for (const p of CACHED_BRIEFLY) add(p, [BRIEF_CACHE]);
  return [...rules];
}

/**
 * The _headers text with these rules added: lines for a pattern the file already has go into that rule (a host
 * reading the file sees each pattern once), other patterns are appended.
 */
export function withPathRules(headers: string, rules: [string, string[]][]): string {
  const lines = headers.replace(/\n+$/, '').split('\n');
  const appended: string[] = [];
  for (const [pattern, headerLines] of rules) {
    const at = lines.indexOf(pattern);
    const indented = headerLines.map((h) => `  ${h}`);
    if (at >= 0) lines.splice(at + 1, 0, ...indented);
    else appended.push(pattern, ...indented);
  }
  const note = '# Framing and chart caching by path (written by the build: src/lib/exports/headers.ts).';
  return `${[...lines, '', note, ...appended].join('\n')}\n`;
}
