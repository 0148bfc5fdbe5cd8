// Where and when a chart, an embed or a share card applies, in one line: "上海市 · 2020—2022年". A chart or a card
// pasted into an article or a chat travels without its page, and a figure without its place and period misleads.
import type { JurisdictionRow } from '../../schemas/index.ts';
import { formatPeriod } from '../../shared/dates.ts';
import type { Locale } from '../../shared/locales.ts';
import { placeName } from '../data/places.ts';
import { ui } from '../words/ui.ts';

/** Something that applies to a place over a period (an observation, a derived figure, a plan). */
export interface Scoped {
  jurisdiction: string;
  period_start: string | null;
  period_end: string | null;
}

/** The places (as the jurisdictions dataset names them, each once, in order) and the span of the periods. */
export function scopeLine(
  items: readonly Scoped[],
  jurisdictions: ReadonlyMap<string, JurisdictionRow>,
  locale: Locale,
): string {
  const t = ui(locale);
  const places = [...new Set(items.map((i) => i.jurisdiction))].map((id) => placeName(jurisdictions, id, locale));
  const starts = items.flatMap((i) => (i.period_start && i.period_end ? [i.period_start] : [])).sort();
  const ends = items.flatMap((i) => (i.period_start && i.period_end ? [i.period_end] : [])).sort();
  const period = starts.length ? formatPeriod(starts[0]!, ends.at(-1)!, locale) : null;
  return [places.join(t.listSep), period].filter(Boolean).join(' · ');
}
