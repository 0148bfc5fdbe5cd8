import { FONT_SIZE, INK, LABEL_SIZE, LINE } from './options.ts';
import { wrapText } from './text.ts';

/** Where one labelled row of a chart sits: its label lines on top, its bar below, in pixels. */
export interface RowBox {
  /** Label wrapped to the chart's width, drawn from labelY down. */
  lines: string[];
  labelY: number;
  /** Top and bottom of the bar. */
  y1: number;
  y2: number;
}

export interface RowLayout {
  top?: number;
  bar?: number;
  gap?: number;
}

/**
 * Rows stacked top to bottom, each a wrapped label above a bar: at 360 px a label above its bar keeps the full
 * width for both, where a label beside it would leave the bar no room.
 */
export function rowBoxes(
  labels: string[],
  width: number,
  { top = 0, bar = 22, gap = 14 }: RowLayout = {},
): { boxes: RowBox[]; bottom: number } {
  let y = top;
  const boxes = labels.map((label) => {
    const lines = wrapText(label, width, FONT_SIZE);
    const box = { lines, labelY: y, y1: y + lines.length * LINE + 3, y2: y + lines.length * LINE + 3 + bar };
    y = box.y2 + gap;
    return box;
  });
  return { boxes, bottom: y - gap };
}

/** A white outline behind text, so a label stays legible where a rule or bar passes under it. */
export const HALO = { stroke: 'white', strokeWidth: 4, paintOrder: 'stroke' } as const;

/** Plot text options for a label drawn from the top of its first line. */
export const LABEL_TEXT = {
  ...HALO,
  lineAnchor: 'top',
  lineHeight: LINE / FONT_SIZE,
  fontSize: FONT_SIZE,
  textAnchor: 'start',
} as const;

/** Plot text options for a bar's value, written just past the bar's end and centred on it. */
export const VALUE_TEXT = {
  y: (d: RowBox) => (d.y1 + d.y2) / 2,
  dx: 6,
  text: 'text',
  textAnchor: 'start',
  fontSize: LABEL_SIZE,
  fontWeight: 'bold',
  fill: INK,
} as const;
