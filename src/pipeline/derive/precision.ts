// How precisely a source states a number, so a value derived from it claims no more than its inputs carry.

/** Decimal places of a number as the source writes it ("95.38%" → 2). */
export function decimalsOf(text: string): number {
  const m = /[0-9０-９]+(?:[.．]([0-9０-９]+))?/u.exec(text);
  return m?.[1]?.length ?? 0;
}

/** Round half away from zero at a number of decimal places, as a reader rounds a printed figure. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * f + 1e-9)) / f;
}

/** The number as written, without grouping: "2.9亿元" → 2.9, "135,565件" → 135565; null for numbers in words. */
function writtenNumber(text: string): number | null {
  const m = /[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?/u.exec(text);
  if (!m) return null;
  const ascii = m[0]
    .replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10))
    .replace(/[,，]/g, '')
    .replace('．', '.');
  return Number(ascii);
}

/**
 * Half the place value of the last digit a source writes, when the figure is rounded there: a percentage, or an
 * amount written with 万 or 亿 (2.9亿 is 2.85亿 to 2.95亿). A count or amount written out in full is exact: 0.
 */
export function halfUnit(text: string, value: number, unit: string): number {
  const written = writtenNumber(text);
  if (written === null || written === 0) return 0;
  const scale = value / written;
  if (unit !== '%' && scale < 10) return 0;
  return (10 ** -decimalsOf(text) * scale) / 2;
}

/** A value written in a source, with how far the true figure may lie from it. */
export interface Stated {
  value: number;
  half: number;
}

/** The bounds of a ratio of two stated numbers, in percent. */
export function rateBounds(num: Stated, den: Stated): [number, number] {
  return [
    ((num.value - num.half) / (den.value + den.half)) * 100,
    ((num.value + num.half) / (den.value - den.half)) * 100,
  ];
}

/** The bounds of last year's value implied by this year's value and its growth in percent. */
export function impliedBounds(value: Stated, growth: Stated): [number, number] {
  return [
    (value.value - value.half) / (1 + (growth.value + growth.half) / 100),
    (value.value + value.half) / (1 + (growth.value - growth.half) / 100),
  ];
}
