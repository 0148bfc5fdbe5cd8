// A chart as a file of its own: the chart as the page draws it at desktop width, framed by its title, where and when it
// applies, subtitle, source line, dates, licence and the site's name with the chart's full address, so a copy pasted into a slide or a Word document still says what it is
// and where it comes from. Fonts are named in order (the platforms' CJK faces, then sans-serif) on the root, and
// Plot's own <style> stays in: a browser, Inkscape, Word and resvg each find a face that covers Chinese.
import { FONT_FAMILY, INK, MUTED } from '../site/charts/options.ts';
import { chartDocument, chartToString } from '../site/charts/render.ts';
import { wrapText } from '../site/charts/text.ts';
import { HTML_LANG } from '../shared/locales.ts';
import { ui } from '../site/words/ui.ts';
import { formatDate } from '../shared/dates.ts';
import { WIDE } from '../site/charts/figure.ts';
import type { ChartSpec } from './catalog.ts';
import { escapeMarkup } from '../shared/markup.ts';

const PAD = 16;
const TITLE_SIZE = 18;
const TEXT_SIZE = 13;
const SMALL_SIZE = 12;

/** What the frame says besides the chart's own text. */
export interface Imprint {
  /** Newest document date: how recent the figures are. */
  latestDocument: string;
  /** Data-release date: what a citation names. */
  release: string;
  /** The chart's page as a full address (src/shared/site-url.ts), so a copy says where to find it. */
  pageUrl: string;
}

const xml = escapeMarkup;

interface Block {
  lines: string[];
  size: number;
  fill: string;
  bold?: boolean;
}

function wrap(text: string, size: number, fill: string, bold = false): Block {
  return { lines: wrapText(text, WIDE, size, bold), size, fill, bold };
}

/** The chart's root <svg> placed at (x, y), and its height. */
function placedChart(spec: ChartSpec, x: number, y: number): { svg: string; height: number } {
  const el = spec.draw({ document: chartDocument(), width: WIDE });
  // Read from the element, not the markup: a title in an attribute may hold any character, ">" included.
  const height = Number(el.tagName.toLowerCase() === 'svg' ? el.getAttribute('height') : NaN);
  const svg = chartToString(el, { idPrefix: spec.id });
  if (!Number.isFinite(height) || height <= 0) throw new Error(`chart "${spec.id}" has no height on its <svg>`);
  return { svg: svg.replace(/^<svg\b/, `<svg x="${x}" y="${y}"`), height };
}

/** Text blocks from `y` down; returns the markup and the y below the last line. */
function textBlocks(blocks: Block[], y: number, gap: number): { markup: string; y: number } {
  let at = y;
  const parts: string[] = [];
  for (const b of blocks) {
    const line = Math.round(b.size * 1.4);
    const weight = b.bold ? ' font-weight="700"' : '';
    const tspans = b.lines.map((l, i) => `<tspan x="${PAD}" y="${at + b.size + i * line}">${xml(l)}</tspan>`);
    parts.push(`<text font-size="${b.size}" fill="${b.fill}"${weight}>${tspans.join('')}</text>`);
    at += b.lines.length * line + gap;
  }
  return { markup: parts.join('\n'), y: at };
}

/** The standalone SVG file of a chart. */
export function standaloneSvg(spec: ChartSpec, imprint: Imprint): string {
  const t = ui(spec.locale);
  const head = textBlocks(
    [wrap(spec.title, TITLE_SIZE, INK, true), wrap(spec.scope, TEXT_SIZE, INK), wrap(spec.subtitle, TEXT_SIZE, MUTED)],
    PAD,
    6,
  );
  const chart = placedChart(spec, PAD, head.y + 4);
  const dates = `${t.figuresAsOf}${t.colon}${formatDate(imprint.latestDocument, spec.locale)} · ${t.dataRelease}${t.colon}${formatDate(imprint.release, spec.locale)}`;
  const site = `${t.siteName} ${imprint.pageUrl}`;
  const foot = textBlocks(
    [
      wrap(`${t.chartSource}${t.colon}${spec.source}`, SMALL_SIZE, INK),
      wrap(dates, SMALL_SIZE, MUTED),
      wrap(`${t.licenceLine} · ${site}`, SMALL_SIZE, MUTED),
    ],
    head.y + 4 + chart.height + 12,
    2,
  );
  const width = WIDE + 2 * PAD;
  const height = Math.ceil(foot.y + PAD);
  const desc = `${spec.subtitle} ${t.chartSource}${t.colon}${spec.source}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" lang="${HTML_LANG[spec.locale]}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${xml(FONT_FAMILY)}" color="${INK}">
<title>${xml(spec.title)}</title>
<desc>${xml(desc)}</desc>
<rect width="${width}" height="${height}" fill="#FFFFFF"/>
${head.markup}
${chart.svg}
${foot.markup}
</svg>
`;
}
