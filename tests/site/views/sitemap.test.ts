// Route files to addresses, as sitemap.xml lists them.
import { describe, expect, it } from 'vitest';
import { routeAddress, robotsTxt, sitemapAddresses, sitemapXml } from '../../../src/site/views/sitemap.ts';
import { DEFAULT_SITE_URL } from '../../../src/shared/site-url.ts';

describe('sitemap', () => {
  it('turns a route file and its parameters into the page address', () => {
    expect(routeAddress('./[...lang]/index.astro', { lang: undefined })).toBe('/');
    expect(routeAddress('./[...lang]/index.astro', { lang: 'en' })).toBe('/en/');
    expect(routeAddress('./[...lang]/plans/[id].astro', { lang: 'en', id: 'x' })).toBe('/en/plans/x/');
    expect(routeAddress('/src/pages/[...lang]/about.astro', { lang: undefined })).toBe('/about/');
    expect(() => routeAddress('./[...lang]/plans/[id].astro', { lang: undefined })).toThrow(/"id"/);
  });

  it('lists each page once, leaves out embeds, and writes every address in full', () => {
    const routes = [
      { file: './[...lang]/index.astro', paths: [{ params: {} }, { params: { lang: 'en' } }, { params: {} }] },
      { file: './[...lang]/embed/[chart].astro', paths: [{ params: { chart: 'c' } }] },
    ];
    const addresses = sitemapAddresses(routes);
    expect(addresses).toEqual(['/', '/en/']);
    const xml = sitemapXml(addresses, '2026-12-01');
    expect(xml).toContain(`<loc>${DEFAULT_SITE_URL}en/</loc><lastmod>2026-12-01</lastmod>`);
    expect(robotsTxt()).toContain(`Sitemap: ${DEFAULT_SITE_URL}sitemap.xml`);
  });
});
