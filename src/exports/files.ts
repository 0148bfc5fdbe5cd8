// The downloads of each chart, made once per build and shared by the endpoints that write them and the pages that
// list their sizes: a standalone SVG, a PNG at twice the display size, and the drawn rows as CSV (plain UTF-8 for
// code, with a byte-order mark for Excel and WPS) with the figures as numbers.
import type { Locale } from '../shared/locales.ts';
import { toCsv, withBom } from '../shared/csv.ts';
import { siteData } from '../site/data/load.ts';
import { chartSpec, type ChartSpec } from './catalog.ts';
import { chartCitation, type Citation } from './cite.ts';
import { takePng } from './png-pool.ts';
import { absoluteUrl } from '../shared/site-url.ts';
import { standaloneSvg } from './standalone-svg.ts';
import { localeRoot } from '../shared/addresses.ts';

/** PNGs are drawn at twice the SVG's size: sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

export interface ChartFiles {
  spec: ChartSpec;
  svg: string;
  png: Uint8Array;
  csv: string;
  excel: string;
  /** How to cite it: the data release of the data build (release.json) and its page. */
  citation: Citation;
}

/** The chart's data as CSV: one line per figure drawn, values as numbers (catalog.ts, ChartData). */
export function chartCsv(spec: ChartSpec): string {
  const { columns, rows } = spec.data;
  if (new Set(columns).size !== columns.length)
    throw new Error(`chart "${spec.id}": its data repeats a column (${columns.join(', ')}); make them unique`);
  return toCsv(columns, rows);
}

const made = new Map<string, Promise<ChartFiles>>();

async function make(locale: Locale, id: string): Promise<ChartFiles> {
  const [spec, data] = await Promise.all([chartSpec(locale, id), siteData()]);
  const { latest_document, data_release } = data.release;
  const svg = standaloneSvg(spec, {
    latestDocument: latest_document.date,
    release: data_release,
    pageUrl: absoluteUrl(spec.page),
  });
  const csv = chartCsv(spec);
  const citation = chartCitation(spec, spec.datasets, data_release, absoluteUrl(spec.page));
  return {
    spec,
    svg,
    png: await takePng(svg, PNG_SCALE, chartAddress.file(locale, id, 'png')),
    csv,
    excel: withBom(csv),
    citation,
  };
}

/** The files of one chart, made on first request. */
export function chartFiles(locale: Locale, id: string): Promise<ChartFiles> {
  const key = `${locale}:${id}`;
  let files = made.get(key);
  if (!files) made.set(key, (files = make(locale, id)));
  return files;
}

/** Addresses of a chart's files and embed page, in the chart's language. */
export const chartAddress = {
  file: (locale: Locale, id: string, ext: 'svg' | 'png' | 'csv') => `${localeRoot(locale)}charts/${id}.${ext}`,
  excel: (locale: Locale, id: string) => `${localeRoot(locale)}charts/excel/${id}.csv`,
  embed: (locale: Locale, id: string) => `${localeRoot(locale)}embed/${id}/`,
};
