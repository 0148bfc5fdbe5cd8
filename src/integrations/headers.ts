// The response headers of the built site, as a table rendered to dist/_headers (Netlify and Cloudflare Pages format;
// other hosts: README.md, "Deploying"). Where several rules match a path, the host sends the headers of all of them,
// so each header is set for a path by one rule only (the data page, /data/, matches two rules that agree).

export interface HeaderRule {
  path: string;
  /** Why these headers, written above the rule in the file. */
  why?: string;
  headers: [name: string, value: string][];
}

const SHORT_CACHE = 'public, max-age=300, must-revalidate';

/** The site's header table; the Content-Security-Policy of `/*` is the policy of csp.ts plus frame-ancestors. */
export function headerRules(policy: string): HeaderRule[] {
  return [
    {
      path: '/*',
      why: 'Every page also carries the Content-Security-Policy in a meta tag (src/integrations/csp.ts).',
      headers: [
        ['Content-Security-Policy', policy],
        ['X-Content-Type-Options', 'nosniff'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
        ['X-Frame-Options', 'DENY'],
      ],
    },
    {
      path: '/',
      why: 'Pages, data files and the search index keep their addresses when their content changes: cached briefly, then revalidated.',
      headers: [['Cache-Control', SHORT_CACHE]],
    },
    { path: '/*/', headers: [['Cache-Control', SHORT_CACHE]] },
    { path: '/data/*', headers: [['Cache-Control', SHORT_CACHE]] },
    { path: '/pagefind/*', headers: [['Cache-Control', SHORT_CACHE]] },
    {
      path: '/data/*.csv',
      why: 'CSV downloads as UTF-8 text whatever the host guesses, so spreadsheets and browsers read Chinese right.',
      headers: [['Content-Type', 'text/csv; charset=utf-8']],
    },
    {
      path: '/_astro/*',
      why: 'Stylesheets and scripts Astro names by content hash never change: cached for a year.',
      headers: [['Cache-Control', 'public, max-age=31536000, immutable']],
    },
  ];
}

export function renderHeaders(rules: HeaderRule[]): string {
  const blocks = rules.map((r) => {
    const why = r.why ? `# ${r.why}\n` : '';
    return `${why}${r.path}\n${r.headers.map(([n, v]) => `  ${n}: ${v}\n`).join('')}`;
  });
  return `# Response headers for Netlify and Cloudflare Pages, written by the build (src/integrations/headers.ts).\n\n${blocks.join('\n')}`;
}
