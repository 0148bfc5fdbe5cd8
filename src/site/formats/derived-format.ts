// How a derived metric reads on a page. Computed values are stored unrounded; pages round them for reading.
import type { Locale } from '../../shared/locales.ts';
import type { DerivedRow, IndicatorRow } from '../../schemas/index.ts';
import { formatNumber, formatPercent, formatValue } from './format.ts';

/** A positive value rounded to 3 significant figures in one direction (Math.floor or Math.ceil). */
function outward(value: number, round: (x: number) => number): number {
  const step = 10 ** (Math.floor(Math.log10(value)) - 2);
  return Number((round(value / step) * step).toPrecision(3));
}

/** The computed value as a reader sees it: a rate at the source's precision, a baseline rounded and marked ≈. */
export function formatDerived(d: DerivedRow, indicator: IndicatorRow, locale: Locale): string {
  switch (d.kind) {
    case 'rate':
      return formatPercent(d.value, locale, d.reported_decimals ?? 2);
    case 'implied_baseline': {
      const show = (v: number) => formatValue(v, indicator.unit, indicator.unit_en, 'exact', locale);
      // Inputs rounded in the source give a range (value_low to value_high), shown rounded outwards to 3 figures.
      if (d.value_low !== null && d.value_high !== null && d.value_low !== d.value_high)
        return `≈${show(outward(d.value_low, Math.floor))}–${show(outward(d.value_high, Math.ceil))}`;
      // Rounded to 4 significant figures: an inference from a growth rate carries no more precision than that.
      return `≈${show(Number(d.value.toPrecision(4)))}`;
    }
    case 'target_progress': {
      const sign = d.value > 0 ? '+' : d.value < 0 ? '−' : '±';
      return `${sign}${formatValue(Math.abs(d.value), indicator.unit, indicator.unit_en, 'exact', locale)}`;
    }
  }
}

/** The value a source states for the same rate, at its own precision. */
export function formatReported(d: DerivedRow, locale: Locale): string | null {
  if (d.reported_value === null) return null;
  return d.unit === '%'
    ? formatPercent(d.reported_value, locale, d.reported_decimals ?? 2)
    : formatNumber(d.reported_value, locale);
}

/**
 * A derived metric's formula as a reader sees it. The Chinese formula shows the values (no space between a number
 * and its measure word); the English one names its inputs by the data's ids (court-ip-cases-concluded ÷ …), which
 * read as the indicators' names instead.
 */
export function formulaText(d: DerivedRow, locale: Locale, nameOf: (id: string) => string | undefined): string {
  if (locale === 'zh') return d.formula_zh.replace(/(\d)\s+(?=[\u4e00-\u9fff])/gu, '$1');
  return d.formula_en.replace(/[a-z0-9]+(?:-[a-z0-9]+)+/gu, (id) => nameOf(id) ?? id);
}
