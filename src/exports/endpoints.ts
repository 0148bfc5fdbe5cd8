// What the chart file endpoints (src/pages/[...lang]/charts/) share: one path per chart and language, and a response
// of the right type for each kind of file.
import type { APIRoute } from 'astro';
import { langParam, LOCALES, type Locale } from '../shared/locales.ts';
import { chartCatalog } from './catalog.ts';
import { chartFiles, type ChartFiles } from './files.ts';

/** getStaticPaths of a chart endpoint or page: every chart in both languages. */
export async function chartPaths() {
  const perLocale = LOCALES.map(async (locale) =>
    [...(await chartCatalog(locale)).keys()].map((chart) => ({
      params: { lang: langParam(locale), chart },
      props: { locale },
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
  return async ({ params, props }) => {
    const files: ChartFiles = await chartFiles((props as { locale: Locale }).locale, params.chart!);
    const body = files[kind];
    return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
      headers: { 'content-type': TYPES[kind] },
    });
  };
}
