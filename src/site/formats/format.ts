// Numbers and dates as a reader of each language writes them.
import type { Qualifier } from '../../schemas/index.ts';
import type { Locale } from '../../shared/locales.ts';
import { ui } from '../words/ui.ts';
import { formatDate, formatPeriod } from '../../shared/dates.ts';

/**
 * Thousands grouping, one rule per language: Chinese groups only from five digits (1200, 135,565), as Chinese
 * typesetting does; English from four (1,200). Intl's 'min2' and 'always' say exactly that.
 */
const GROUPING: Record<Locale, 'min2' | 'always'> = { zh: 'min2', en: 'always' };

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, decimals: number | undefined): Intl.NumberFormat {
  const key = `${locale} ${decimals ?? ''}`;
  let f = formatters.get(key);
  if (!f) {
    // en-US for both: the digits and separators are the same in Chinese text; only the grouping rule differs.
    f = new Intl.NumberFormat('en-US', {
      useGrouping: GROUPING[locale],
      ...(decimals === undefined
        ? { maximumFractionDigits: 20 }
        : { minimumFractionDigits: decimals, maximumFractionDigits: decimals }),
    });
    formatters.set(key, f);
  }
  return f;
}

/** A number grouped by GROUPING; decimals kept as given unless `decimals` fixes them, for computed values. */
export function formatNumber(value: number, locale: Locale, decimals?: number): string {
  if (!Number.isFinite(value)) throw new Error(`cannot format ${value} as a number`);
  // toPrecision(12) drops binary noise (0.1 + 0.2 prints as 0.3) and keeps every digit a source prints.
  const clean = decimals === undefined ? Number(value.toPrecision(12)) : value;
  const text = numberFormat(locale, decimals).format(clean);
  // A value that rounds to zero prints without a sign, as the regex formatter did.
  return /^-[0.,]*$/.test(text) ? text.slice(1) : text;
}

/** A quotient shown only when it is exact to 4 decimals, so 万/亿 never hide digits the source printed. */
function exactQuotient(value: number, divisor: number): number | null {
  const q = Number((value / divisor).toFixed(4));
  return Math.abs(q * divisor - value) < 1e-9 * Math.max(1, Math.abs(value)) ? q : null;
}

/** Money in yuan the way a Chinese reader writes it: 1147万元, 2.9亿元. */
function yuanZh(value: number): { number: string; unit: string } {
  for (const [divisor, unit] of [
    [1e8, '亿元'],
    [1e4, '万元'],
  ] as const) {
    const q = Math.abs(value) >= divisor ? exactQuotient(value, divisor) : null;
    if (q !== null) return { number: formatNumber(q, 'zh'), unit };
  }
  return { number: formatNumber(value, 'zh'), unit: '元' };
}

const EN_SCALES = [
  [1e9, 'billion'],
  [1e6, 'million'],
] as const;

/**
 * A large number in English words: 290 million, 52.3432 million. Exact to 4 decimals, so no digit the source printed
 * is hidden; a figure bounded from below ("more than", "at least") or approximate may be cut to 2 decimals, rounded
 * down, since "more than 52.34 million" stays true of more than 52,343,200. Below a million, digits.
 */
function numberEn(value: number, qualifier: Qualifier): string {
  for (const [divisor, word] of EN_SCALES) {
    if (Math.abs(value) < divisor) continue;
    const exact = exactQuotient(value, divisor);
    const shortened = Math.floor((value / divisor) * 100) / 100;
    if (qualifier !== 'exact' && exact !== null && shortened !== exact)
      return `${formatNumber(shortened, 'en')} ${word}`;
    if (exact !== null) return `${formatNumber(exact, 'en')} ${word}`;
    if (qualifier !== 'exact') return `${formatNumber(shortened, 'en')} ${word}`;
  }
  return formatNumber(value, 'en');
}

/** An English unit label in the singular for exactly one ("1 batch", "1 case"). */
function unitEn(unit_en: string, value: number): string {
  if (value !== 1) return unit_en;
  if (/(?:ch|sh|x|ss)es$/.test(unit_en)) return unit_en.slice(0, -2);
  if (unit_en === 'people') return 'person';
  return unit_en.replace(/([^s])s$/, '$1');
}

const EN_QUALIFIER: Record<Qualifier, string> = {
  exact: '',
  approximate: 'nearly ',
  more_than: 'more than ',
  at_least: 'at least ',
};

/**
 * A value with its unit and qualifier as a reader expects it. Chinese: 近250件, 1200余起, 50%以上, 1147万元, 2.9亿元
 * (余 cannot follow a percent sign, so a percentage above a figure reads 超过50%). English: nearly 250 cases,
 * more than 1,200 cases, at least 50%, RMB 11.47 million, more than 52.34 million checks.
 */
export function formatValue(
  value: number,
  unit: string,
  unit_en: string,
  qualifier: Qualifier,
  locale: Locale,
): string {
  const percent = unit === '%';
  const money = unit === '元';
  if (locale === 'en') {
    // Money as an English reader writes it: RMB 290 million, RMB 11.47 million, RMB 5,000.
    const body = percent
      ? `${formatNumber(value, 'en')}%`
      : money
        ? `RMB ${numberEn(value, qualifier)}`
        : `${numberEn(value, qualifier)} ${unitEn(unit_en, value)}`;
    return `${EN_QUALIFIER[qualifier]}${body}`;
  }
  const { number, unit: zhUnit } = money ? yuanZh(value) : { number: formatNumber(value, 'zh'), unit };
  switch (qualifier) {
    case 'exact':
      return `${number}${zhUnit}`;
    case 'approximate':
      return `近${number}${zhUnit}`;
    case 'more_than':
      return percent ? `超过${number}${zhUnit}` : `${number}余${zhUnit}`;
    case 'at_least':
      return `${number}${zhUnit}以上`;
  }
}

/** What an observed figure needs to be shown in the source's own words. */
export interface Observed {
  value: number;
  unit: string;
  unit_en: string;
  qualifier: Qualifier;
  /** The number as the source writes it, e.g. 约 120 家, 超过170家. */
  mention_text: string;
}

/**
 * An observed figure as the source words it: Chinese keeps the source's own text (约120家 stays 约, 超过170家 stays
 * 超过); English follows its qualifier word (近 → nearly, 约/左右 → about).
 */
export function formatObserved(o: Observed, locale: Locale): string {
  if (locale === 'zh') return o.mention_text.replace(/\s+/gu, '');
  const text = formatValue(o.value, o.unit, o.unit_en, o.qualifier, 'en');
  return o.qualifier === 'approximate' && !o.mention_text.includes('近') ? text.replace(/^nearly /, 'about ') : text;
}

/** A percentage computed by the site, at a fixed number of decimals: 95.38%. */
export function formatPercent(value: number, locale: Locale, decimals: number): string {
  return `${formatNumber(value, locale, decimals)}%`;
}

/** A date a document may leave unstated. */
export function formatOptionalDate(iso: string | null, locale: Locale): string {
  return iso ? formatDate(iso, locale) : ui(locale).notStated;
}

/** A period a document may leave unstated. */
export function formatOptionalPeriod(start: string | null, end: string | null, locale: Locale): string {
  return start && end ? formatPeriod(start, end, locale) : ui(locale).notStated;
}

/** How many sources a chart's source line names before it counts the rest. */
export const SOURCES_NAMED = 8;

/**
 * A list of sources, each once, in the reader's separators; past `max` the rest are counted ("; and 992 more"), so a
 * chart drawn from a thousand documents keeps a source line a reader can read (the table and the CSV name them all).
 */
export function listed(items: readonly string[], locale: Locale, max = SOURCES_NAMED): string {
  const t = ui(locale);
  const unique = [...new Set(items)];
  const named = unique.slice(0, max).join(t.semicolon);
  return unique.length > max ? `${named}${t.andMore(unique.length - max)}` : named;
}
