// Dates as a reader of each language writes them in running text; shared by the site and the published files.
import type { Locale } from './locales.ts';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function parseIso(iso: string): { y: number; m: number; d: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO date (YYYY-MM-DD): "${iso}"`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

/** An ISO date as written in running text: 2023年3月15日 / 15 March 2023. */
export function formatDate(iso: string, locale: Locale): string {
  const { y, m, d } = parseIso(iso);
  return locale === 'zh' ? `${y}年${m}月${d}日` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

/** A statistical period: one day, whole calendar years (2020—2022年 / 2020–2022), or a date range. */
export function formatPeriod(start: string, end: string, locale: Locale): string {
  if (start === end) return formatDate(start, locale);
  const s = parseIso(start);
  const e = parseIso(end);
  if (s.m === 1 && s.d === 1 && e.m === 12 && e.d === 31 && e.y >= s.y) {
    if (s.y === e.y) return locale === 'zh' ? `${s.y}年` : `${s.y}`;
    return locale === 'zh' ? `${s.y}—${e.y}年` : `${s.y}–${e.y}`;
  }
  return locale === 'zh'
    ? `${formatDate(start, 'zh')}至${formatDate(end, 'zh')}`
    : `${formatDate(start, 'en')} – ${formatDate(end, 'en')}`;
}
