// The overview's headline figures, as data/figures.json declares them (the data build checked that each exists):
// which indicators lead, in which place, never what they say. Values come from the datasets.
import type { DerivedRow, ObservationRow, Topic } from '../../schemas/index.ts';
import type { SiteData } from './data.ts';

export interface Headline {
  topic: Topic;
  observation: ObservationRow;
  companion: { observation: ObservationRow } | { derived: DerivedRow } | null;
}

/** The data build's latest observation of an indicator in a place (latest_observations). */
function latest(data: SiteData, indicator: string, jurisdiction: string): ObservationRow {
  const found = data.latestByIndicator.get(indicator)?.find((o) => o.jurisdiction === jurisdiction);
  if (!found)
    throw new Error(
      `headline indicator "${indicator}" has no observation in ${jurisdiction}: change data/figures.json`,
    );
  return found;
}

export function headlines(data: SiteData): Headline[] {
  return data.figures.headlines.map((spec) => {
    const observation = latest(data, spec.indicator, spec.jurisdiction);
    let companion: Headline['companion'] = null;
    if (spec.companion && 'observation' in spec.companion) {
      companion = { observation: latest(data, spec.companion.observation, spec.jurisdiction) };
    } else if (spec.companion) {
      const { indicator, kind } = spec.companion.derived;
      const d = data.derived
        .filter((r) => r.indicator_id === indicator && r.kind === kind && r.jurisdiction === spec.jurisdiction)
        .sort((a, b) => a.period_end.localeCompare(b.period_end))
        .at(-1)!;
      companion = { derived: d };
    }
    return { topic: spec.topic, observation, companion };
  });
}
