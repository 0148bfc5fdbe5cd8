// /sitemap.xml: every page of both languages, read from the routes' own getStaticPaths (src/site/views/sitemap.ts).
import type { APIRoute } from 'astro';
import { siteData } from '../site/data/load.ts';
import { sitemapAddresses, sitemapXml, type PageRoute } from '../site/views/sitemap.ts';

interface PageModule {
  getStaticPaths?: () => PageRoute['paths'] | Promise<PageRoute['paths']>;
}

export const GET: APIRoute = async () => {
  const modules = import.meta.glob<PageModule>('./**/*.astro', { eager: true });
  const routes = await Promise.all(
    Object.entries(modules)
      .filter(([file]) => !file.startsWith('./404'))
      .map(async ([file, m]) => ({ file, paths: m.getStaticPaths ? await m.getStaticPaths() : [{ params: {} }] })),
  );
  const { data_release } = (await siteData()).release;
  return new Response(sitemapXml(sitemapAddresses(routes), data_release), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
};
