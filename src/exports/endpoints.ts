// What the chart file endpoints (src/pages/[...lang]/charts/) share: one path per chart and language, and a response
// of the right type for each kind of file.
import type { APIRoute } from 'astro';
import { langParam, LOCALES, type Locale } from '../shared/locales.ts';
import { digest } from '../shared/digest.ts';
import { frameKey } from '../site/views/keyed.ts';
import { siteData } from '../site/data/load.ts';
import { chartCatalog, type ChartSpec } from './catalog.ts';
import { chartFiles, type ChartFiles } from './files.ts';

/**
 * getStaticPaths of a chart endpoint or page: every chart in both languages, keyed for the incremental build
 * (src/site/views/keyed.ts) by the chart's own key (the rows it draws and the code that draws its PNG) and the footer's
 * dates, which a chart's files name (its SVG's source line, its citation).
 */
export async function chartPaths() {
  const frame = frameKey(await siteData());
  const perLocale = LOCALES.map(async (locale) =>
    [...(await chartCatalog(locale))].map(([chart, spec]) => ({
      params: { lang: langParam(locale), chart },
      props: { locale, spec },
      cacheKey: digest(frame, spec.key),
    })),
  );
  return (await Promise.all(perLocale)).flat();
}

const TYPES = {
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  csv: 'text/csv; charset=utf-8',
  excel: 'text/csv; charset=utf-8',
} as const;

/** The GET handler writing one kind of a chart's files. */
export function chartFileRoute(kind: keyof typeof TYPES): APIRoute {
  return async ({ props }) => {
    const { locale, spec } = props as { locale: Locale; spec: ChartSpec };
    const files: ChartFiles = await chartFiles(locale, spec.id);
    const body = files[kind];
    return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
      headers: { 'content-type': TYPES[kind] },
    });
  };
}
