// The response headers of the built site, as a table rendered to dist/_headers (Netlify and Cloudflare Pages format;
// other hosts: README.md, "Deploying"). Where several rules match a path, the host sends the headers of all of them,
// so each header is set for a path by one rule only, with one deliberate exception: Content-Security-Policy, which
// `/*` sends as the site's policy and the framing rules send again as frame-ancestors alone (a browser enforces
// every policy it receives, so the second only adds who may frame the page).
//
// Framing is the one thing that differs between pages, and "no framing" cannot sit on `/*` and be lifted for the
// embed pages: the stricter rule would still apply to them. So `/*` says nothing about framing; the embed pages get
// frame-ancestors *, and a set of rules covering every other built path (read from the built tree, so a new section
// is covered without an edit) gets frame-ancestors 'none' and X-Frame-Options for older browsers.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { localeRoot } from '../shared/addresses.ts';
import { LOCALES } from '../shared/locales.ts';

export interface HeaderRule {
  path: string;
  /** Why these headers, written above the rule in the file. */
  why?: string;
  headers: [name: string, value: string][];
}

/** Only a header can say who may frame a page (a meta tag's frame-ancestors is ignored): nobody... */
export const NO_FRAMING = "frame-ancestors 'none'";
/** ...except for the embed pages, which exist to be framed by any site. */
export const EMBED_FRAMING = 'frame-ancestors *';

/** Address prefixes of the only pages other sites may put in a frame. */
export const FRAMEABLE = LOCALES.map((l) => `${localeRoot(l)}embed/`);

/** Folders a build step writes after the headers (the search index), so not yet there to be read. */
const WRITTEN_LATER = ['pagefind'];

const SHORT_CACHE = 'public, max-age=300, must-revalidate';

/**
 * Patterns that together match every file under `dir` (at address `prefix`) but no frameable page. A folder's page
 * answers at two addresses, `/en/` and `/en/index.html`: both are listed, or a site could frame the page by its
 * second name.
 */
export function unframeablePatterns(dir: string, prefix = '/'): string[] {
  if (FRAMEABLE.some((f) => f === prefix)) return [];
  if (!FRAMEABLE.some((f) => f.startsWith(prefix))) return [`${prefix}*`];
  const out = existsSync(join(dir, 'index.html')) ? [prefix, `${prefix}index.html`] : [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.isDirectory()) out.push(...unframeablePatterns(join(dir, entry.name), `${prefix}${entry.name}/`));
    else if (entry.name !== 'index.html' && !entry.name.startsWith('_')) out.push(`${prefix}${entry.name}`);
  }
  if (prefix === '/') for (const d of WRITTEN_LATER) if (!out.includes(`/${d}/*`)) out.push(`/${d}/*`);
  return out;
}

/** Rules of the same path joined into one, in the order each path first appears (a host sees each path once). */
function joined(rules: HeaderRule[]): HeaderRule[] {
  const byPath = new Map<string, HeaderRule>();
  for (const r of rules) {
    const seen = byPath.get(r.path);
    if (!seen) byPath.set(r.path, { ...r, headers: [...r.headers] });
    else {
      seen.headers.push(...r.headers);
      if (r.why) seen.why = seen.why ? `${seen.why} ${r.why}` : r.why;
    }
  }
  return [...byPath.values()];
}

/**
 * The site's header table: `policy` (csp.ts) on every path, framing per path (`unframeable`: every built path but
 * the embed pages, from unframeablePatterns), content types and caching.
 */
export function headerRules(policy: string, unframeable: string[]): HeaderRule[] {
  const bothLanguages = (path: string) => LOCALES.map((l) => `${localeRoot(l)}${path.slice(1)}`);
  return joined([
    {
      path: '/*',
      why: 'Every page also carries the Content-Security-Policy in a meta tag (src/build/csp.ts).',
      headers: [
        ['Content-Security-Policy', policy],
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ],
    },
    ...FRAMEABLE.map((f, n) => ({
      path: `${f}*`,
      why: n ? undefined : 'Embed pages exist to be put in a frame on other sites.',
      headers: [['Content-Security-Policy', EMBED_FRAMING]] as [string, string][],
    })),
    ...unframeable.map((path, n) => ({
      path,
      why: n ? undefined : 'Every other path: no site may frame it.',
      headers: [
        ['Content-Security-Policy', NO_FRAMING],
        ['X-Frame-Options', 'DENY'],
      ] as [string, string][],
    })),
    {
      path: '/',
      why: 'Pages, data files, chart files, share images and the search index keep their addresses when their content changes: cached briefly, then revalidated.',
      headers: [['Cache-Control', SHORT_CACHE]],
    },
    ...['/*/', '/data/*', ...bothLanguages('/charts/*'), ...bothLanguages('/share/*'), '/pagefind/*'].map(
      (path): HeaderRule => ({ path, headers: [['Cache-Control', SHORT_CACHE]] }),
    ),
    {
      path: '/data/*.csv',
      why: 'CSV downloads as UTF-8 text whatever the host guesses, so spreadsheets and browsers read Chinese right.',
      headers: [['Content-Type', 'text/csv; charset=utf-8']],
    },
    ...bothLanguages('/charts/*.csv').map((path): HeaderRule => ({
      path,
      headers: [['Content-Type', 'text/csv; charset=utf-8']],
    })),
    {
      path: '/_astro/*',
      why: 'Stylesheets and scripts Astro names by content hash never change: cached for a year.',
      headers: [['Cache-Control', 'public, max-age=31536000, immutable']],
    },
  ]);
}

export function renderHeaders(rules: HeaderRule[]): string {
  const blocks = rules.map((r) => {
    const why = r.why ? `# ${r.why}\n` : '';
    return `${why}${r.path}\n${r.headers.map(([n, v]) => `  ${n}: ${v}\n`).join('')}`;
  });
  return `# Response headers for Netlify and Cloudflare Pages, written by the build (src/build/headers.ts).\n\n${blocks.join('\n')}`;
}
