// sitemap.xml from the page routes themselves: each route's getStaticPaths gives its addresses, so a new page type or
// a new plan is listed without a list kept by hand beside the routes. Embed pages are left out: they repeat a chart of
// another page, which their canonical link names.
import { absoluteUrl } from '../../shared/site-url.ts';

/** A page module as import.meta.glob gives it: its file under src/pages/ and what getStaticPaths returns. */
export interface PageRoute {
  file: string;
  paths: readonly { params: Record<string, string | undefined> }[];
}

/** Routes whose pages are not listed: another page is canonical for them. */
const UNLISTED = /\/embed\//;

/** The address of one page of a route file: "./[...lang]/plans/[id].astro" with lang "en", id "x" → "/en/plans/x/". */
export function routeAddress(file: string, params: Record<string, string | undefined>): string {
  const segments = file
    .replace(/^.*?src\/pages\//, '')
    .replace(/^\.\//, '')
    .replace(/\.astro$/, '')
    .split('/')
    .filter((s) => s !== 'index')
    .map((s) => {
      const param = /^\[(?:\.\.\.)?([^\]]+)\]$/.exec(s)?.[1];
      if (param === undefined) return s;
      const value = params[param];
      if (value === undefined && !s.startsWith('[...'))
        throw new Error(`${file}: getStaticPaths gives no "${param}" parameter`);
      return value ?? '';
    })
    .filter(Boolean);
  return segments.length ? `/${segments.join('/')}/` : '/';
}

/** Every listed page address, sorted, each once. */
export function sitemapAddresses(routes: readonly PageRoute[]): string[] {
  const out = new Set<string>();
  for (const route of routes) {
    if (UNLISTED.test(route.file)) continue;
    for (const { params } of route.paths) out.add(routeAddress(route.file, params));
  }
  return [...out].sort();
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The sitemap (sitemaps.org 0.9): every address in full, with the day the data last changed. */
export function sitemapXml(addresses: readonly string[], lastmod: string): string {
  const urls = addresses.map((a) => `<url><loc>${xml(absoluteUrl(a))}</loc><lastmod>${lastmod}</lastmod></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** robots.txt: everything may be crawled; the sitemap is named in full. */
export function robotsTxt(): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`;
}
