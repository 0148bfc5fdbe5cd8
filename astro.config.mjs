import { defineConfig } from 'astro/config';

export default defineConfig({
  // The public address is the host's to set (SITE_URL); pages use root-relative links and need none.
  site: process.env.SITE_URL,
  trailingSlash: 'always',
  // Chinese is the default locale and lives at the root; English mirrors every page under /en/.
  i18n: {
    locales: ['zh', 'en'],
    defaultLocale: 'zh',
    routing: { prefixDefaultLocale: false },
  },
  build: { format: 'directory' },
  // Nothing is fetched from another host or ahead of a click: no web fonts, no analytics, no prefetching.
  prefetch: false,
});
