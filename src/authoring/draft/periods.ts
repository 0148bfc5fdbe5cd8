// The period a number covers, read from the time expression that governs it: the nearest one before it on its line
// (a date in a title or a quotation names the title, not the period), against the document's own date.
import type { Mention } from '../../pipeline/extract/index.ts';
import { lineAround, type Range } from './text.ts';

export interface Period {
  period_start: string;
  period_end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthEnd = (y: number, m: number) => `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;

/** A date mention's iso read as a calendar range; a month or day without a year takes the document's year. */
function span(iso: string, year: number): { from: string; to: string } | null {
  let m = /^(\d{4})$/.exec(iso);
  if (m) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
  m = /^(?:(\d{4})|-)-(\d{2})$/.exec(iso);
  if (m) {
    const y = m[1] ? Number(m[1]) : year;
    return { from: `${y}-${m[2]}-01`, to: monthEnd(y, Number(m[2])) };
  }
  m = /^(?:(\d{4})|-)-(\d{2})-(\d{2})$/.exec(iso);
  if (m) {
    const d = `${m[1] ?? year}-${m[2]}-${m[3]}`;
    return { from: d, to: d };
  }
  return null;
}

const STOCK_BEFORE = /(截至|截止|到)\s*$/u;
const SINCE_AFTER = /^\s*(以来|至今|起)/u;
const RELATIVE: { re: RegExp; period: (year: number, date: string) => Period }[] = [
  { re: /今年以来|年初以来/gu, period: (y, d) => ({ period_start: `${y}-01-01`, period_end: d }) },
  { re: /今年|全年|本年度?/gu, period: (y) => ({ period_start: `${y}-01-01`, period_end: `${y}-12-31` }) },
  { re: /去年|上年/gu, period: (y) => ({ period_start: `${y - 1}-01-01`, period_end: `${y - 1}-12-31` }) },
];

/**
 * The period of the number at `at`: flows over a year or range, stocks "截至" a date, ranges "以来"/"至今" from their
 * start to the document's date; with no time expression governing it, a stock at the document's date.
 */
export function governingPeriod(
  text: string,
  at: Range,
  times: readonly Mention[],
  mask: Uint8Array,
  documentDate: string,
): Period {
  const year = Number(documentDate.slice(0, 4));
  const line = lineAround(text, at.start);
  const candidates: { start: number; period: Period }[] = [];
  for (const t of times) {
    if (t.end > at.start || t.start < line.start || mask[t.start]) continue;
    const period = read(text, t, year, documentDate);
    if (period) candidates.push({ start: t.start, period });
  }
  const before = text.slice(line.start, at.start);
  for (const r of RELATIVE) {
    for (const m of before.matchAll(r.re)) {
      const start = line.start + m.index;
      if (!mask[start] && !candidates.some((c) => c.start <= start && start < c.start + 4))
        candidates.push({ start, period: r.period(year, documentDate) });
    }
  }
  const nearest = candidates.sort((a, b) => b.start - a.start)[0];
  return nearest?.period ?? { period_start: documentDate, period_end: documentDate };
}

function read(text: string, t: Mention, year: number, documentDate: string): Period | null {
  if (t.kind === 'year_range' && t.iso) {
    const [a, b] = t.iso.split('/');
    return { period_start: `${a}-01-01`, period_end: b === '..' ? documentDate : `${b}-12-31` };
  }
  if (t.kind !== 'date' || !t.iso) return null;
  const s = span(t.iso, year);
  if (!s) return null;
  if (STOCK_BEFORE.test(text.slice(Math.max(0, t.start - 4), t.start))) return { period_start: s.to, period_end: s.to };
  if (SINCE_AFTER.test(text.slice(t.end, t.end + 4))) return { period_start: s.from, period_end: documentDate };
  return { period_start: s.from, period_end: s.to };
}
