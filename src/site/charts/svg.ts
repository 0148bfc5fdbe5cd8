import type { Status } from '../../schemas/index.ts';
import { STATUS_PALETTE, type StatusStyle } from '../words/palette.ts';
import { FONT_FAMILY, FONT_SIZE, INK, LINE } from './options.ts';
import { textWidth, wrapText } from './text.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes and children. */
export function svgElement(
  document: Document,
  tag: string,
  attrs: Record<string, string | number> = {},
  children: (Element | string)[] = [],
): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  for (const child of children) el.append(child);
  return el;
}

/** Give a chart its accessible name and description, and the site's type: at least 12px, with CJK fonts. */
export function finish(
  svg: SVGSVGElement | HTMLElement,
  title: string,
  desc: string,
  defs: SVGElement[] = [],
): SVGSVGElement {
  if (svg.tagName.toLowerCase() !== 'svg') throw new Error('charts must render to a single <svg>, not a figure');
  const document = svg.ownerDocument;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', title);
  svg.setAttribute('font-size', String(FONT_SIZE));
  svg.setAttribute('font-family', FONT_FAMILY);
  const defsEl = defs.length > 0 ? [svgElement(document, 'defs', {}, defs)] : [];
  svg.prepend(svgElement(document, 'title', {}, [title]), svgElement(document, 'desc', {}, [desc]), ...defsEl);
  return svg as SVGSVGElement;
}

/** Id of the pattern that fills bars of a status; solid statuses use their colour directly. */
export function statusFill(status: Status): string {
  const style = STATUS_PALETTE[status];
  return style.pattern === 'solid' || style.pattern === 'outline' ? style.fill : `url(#status-${status})`;
}

/** Diagonal lines of a colour over a background: marks a bar whose figure is approximate or a lower bound. */
export function hatchPattern(document: Document, id: string, ink: string, background = '#FFFFFF', gap = 6): SVGElement {
  return svgElement(
    document,
    'pattern',
    { id, width: gap, height: gap, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    [
      svgElement(document, 'rect', { width: gap, height: gap, fill: background }),
      svgElement(document, 'line', { x1: 0, y1: 0, x2: 0, y2: gap, stroke: ink, 'stroke-width': 2 }),
    ],
  );
}

function statusPattern(document: Document, status: Status, style: StatusStyle): SVGElement | null {
  const id = `status-${status}`;
  switch (style.pattern) {
    case 'solid':
    case 'outline':
      return null;
    case 'diagonal':
      return hatchPattern(document, id, style.ink, style.fill, 5);
    case 'dots':
      return svgElement(document, 'pattern', { id, width: 5, height: 5, patternUnits: 'userSpaceOnUse' }, [
        svgElement(document, 'rect', { width: 5, height: 5, fill: style.fill }),
        svgElement(document, 'circle', { cx: 2.5, cy: 2.5, r: 1.2, fill: style.ink }),
      ]);
    case 'crosshatch':
      return svgElement(
        document,
        'pattern',
        { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
        [
          svgElement(document, 'rect', { width: 6, height: 6, fill: style.fill }),
          svgElement(document, 'path', { d: 'M3,0V6M0,3H6', stroke: style.ink, 'stroke-width': 1.2 }),
        ],
      );
  }
}

/** The patterns status fills refer to. */
export function statusPatterns(document: Document, statuses: readonly Status[]): SVGElement[] {
  return statuses.map((s) => statusPattern(document, s, STATUS_PALETTE[s])).filter((p): p is SVGElement => p !== null);
}

/** One entry of a legend: a swatch drawn in a 14×14 box, and its label. */
export interface LegendItem {
  label: string;
  swatch: (document: Document) => SVGElement;
}

export const SWATCH = 14;

/** A legend laid out in rows that wrap at `width` (a label too long for a row wraps itself); returns its height. */
export function legend(
  document: Document,
  items: LegendItem[],
  x: number,
  y: number,
  width: number,
): { g: SVGElement; height: number } {
  const g = svgElement(document, 'g', {
    'aria-hidden': 'true',
    transform: `translate(${x},${y})`,
    fill: INK,
    'text-anchor': 'start',
  });
  let cx = 0;
  let cy = 0;
  let rowHeight = 0;
  for (const item of items) {
    const lines = wrapText(item.label, width - SWATCH - 6, FONT_SIZE);
    const w = SWATCH + 6 + Math.max(...lines.map((l) => textWidth(l, FONT_SIZE)));
    const h = Math.max(SWATCH, lines.length * LINE);
    if (cx > 0 && cx + w > width) {
      cx = 0;
      cy += rowHeight + 6;
      rowHeight = 0;
    }
    const text = svgElement(
      document,
      'text',
      { x: SWATCH + 6, y: 0 },
      lines.map((line, i) =>
        svgElement(document, 'tspan', { x: SWATCH + 6, y: i * LINE + SWATCH / 2, dy: '0.35em' }, [line]),
      ),
    );
    g.append(svgElement(document, 'g', { transform: `translate(${cx},${cy})` }, [item.swatch(document), text]));
    cx += w + 16;
    rowHeight = Math.max(rowHeight, h);
  }
  return { g, height: cy + rowHeight };
}

/** A legend swatch: a small rectangle filled like the bars it stands for. */
export function rectSwatch(fill: string, stroke: string): LegendItem['swatch'] {
  return (document) => svgElement(document, 'rect', { width: SWATCH, height: SWATCH, fill, stroke, 'stroke-width': 1 });
}
