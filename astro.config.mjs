import { defineConfig } from 'astro/config';
import { publishSteps } from './src/build/integration.ts';
import { siteFromEnv } from './src/shared/site-url.ts';

export default defineConfig({
  // The public address is the host's to set (SITE_URL, checked); pages use root-relative links and need none.
  site: siteFromEnv(),
  trailingSlash: 'always',
  // Chinese is the default locale and lives at the root; English mirrors every page under /en/.
  i18n: {
    locales: ['zh', 'en'],
    defaultLocale: 'zh',
    routing: { prefixDefaultLocale: false },
  },
  // One stylesheet for the whole site (about 4 KB gzipped), a file rather than inline: fetched once and cached for
  // every page, and pages carry no inline style for the Content-Security-Policy to allow.
  // concurrency: several pages in flight, so pages render while worker threads draw the PNGs they wait for
  // (src/exports/png-pool.ts).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // assetsInlineLimit 0: Astro would inline a small component script, which the policy forbids; it stays a file.
  vite: { build: { cssCodeSplit: false, assetsInlineLimit: 0 } },
  // Nothing is fetched from another host or ahead of a click: no web fonts, no analytics, no prefetching.
  prefetch: false,
  // Incremental: a page whose cacheKey (a digest of everything it shows, src/site/views/keyed.ts) and code are as in the
  // last build is copied from the cache instead of rendered. The cache is the project's own (not under node_modules,
  // which copies of the project share).
  cacheDir: './.cache/astro/',
  experimental: { incrementalBuild: true },
  // After the pages: the policy check and _headers, the search index, and the check of what a site must have.
  integrations: [publishSteps((line) => console.log(`build: ${line}`))],
});
