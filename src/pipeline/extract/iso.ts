import { parseChineseNumber } from './numerals.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

/** A year, month or day written in digits or Chinese numerals; null when absent or invalid. */
export function part(s: string | undefined, min: number, max: number): number | null {
  if (s === undefined) return null;
  const n = parseChineseNumber(s);
  return n !== null && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/**
 * ISO 8601 for a partly known date: 2023-03-15, 2023-06, 2023; without a year --06-15 or --06
 * (the ISO 8601:2000 truncated forms).
 */
export function isoDate(year: number | null, month: number | null, day: number | null): string | undefined {
  if (year !== null) {
    if (month === null) return String(year);
    return day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  }
  if (month === null) return undefined;
  return day === null ? `--${pad(month)}` : `--${pad(month)}-${pad(day)}`;
}
