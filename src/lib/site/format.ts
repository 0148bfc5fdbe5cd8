// Formatting as the pages use it: the shared formatters from src/i18n/format.ts, plus the site's "not stated" cases.
import { formatDate, formatPeriod } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';

export {
  formatDate,
  formatMonth,
  formatNumber,
  formatObserved,
  formatPercent,
  formatPeriod,
  formatValue,
  statusLabel,
  STATUS_BADGE,
  STATUS_ORDER,
  STATUS_PALETTE,
} from '../../i18n/format.ts';

const NOT_STATED: Record<Locale, string> = { zh: '未载明', en: 'Not stated' };

/** A date a document may leave unstated. */
export function formatOptionalDate(iso: string | null, locale: Locale): string {
  return iso ? formatDate(iso, locale) : NOT_STATED[locale];
}

/** A period a document may leave unstated. */
export function formatOptionalPeriod(start: string | null, end: string | null, locale: Locale): string {
  return start && end ? formatPeriod(start, end, locale) : NOT_STATED[locale];
}
