// Charts rendered at build time, at two widths: text stays legible on a 360 px phone and on a desktop or in print.
import type { ChartOptions, ChartText } from './options.ts';
import { chartDocument, chartToString } from './render.ts';
import type { Locale } from '../../shared/locales.ts';
import { ui } from '../words/ui.ts';

/** Width of the phone rendering: a 360 px screen less the page's side margins. */
export const NARROW = 328;
/** Width of the desktop and print rendering. */
export const WIDE = 680;

export interface RenderedChart {
  narrow: string;
  wide: string;
}

/**
 * A chart's markup as a page carries it. The chart is one image (role=img, named on its root), so the names Plot
 * gives each mark's group ("rect", "rule") go: no reader needs them, and ARIA prohibits them on a role-less <g> (a
 * link keeps its name: a link needs one). So does Plot's <style> element: its rules are in the site's stylesheet,
 * and pages carry no inline style for the Content-Security-Policy to allow.
 */
export function forPage(svg: string): string {
  const root = svg.indexOf('>') + 1;
  const parts = svg
    .slice(root)
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/(<(?!a\b)[a-z]+\b[^>]*?) aria-label="[^"]*"/g, '$1');
  return svg.slice(0, root) + parts;
}

/** The language a chart and its table are written in. */
export function chartText(locale: Locale): ChartText {
  return { locale, t: ui(locale) };
}

/** A chart drawn at phone and desktop widths, ids prefixed with `id` (unique per chart on a page). */
export function renderDrawn(
  draw: (options: Pick<ChartOptions, 'document' | 'width'>) => Element,
  id: string,
): RenderedChart {
  const at = (width: number, suffix: string) =>
    forPage(chartToString(draw({ document: chartDocument(), width }), { idPrefix: `${id}-${suffix}` }));
  return { narrow: at(NARROW, 'n'), wide: at(WIDE, 'w') };
}
