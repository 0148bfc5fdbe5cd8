// The overview's headline figures: which indicators lead, never what they say. Values come from the datasets; a
// named indicator or metric that is missing stops the build rather than leaving an empty card.
import type { Topic } from '../../schemas/index.ts';
import type { DerivedRow, ObservationRow } from '../../schemas/index.ts';
import type { SiteData } from './data.ts';
import { latestOfIndicator } from './views/latest.ts';

type Companion = { observation: string } | { derived: { indicator: string; kind: DerivedRow['kind'] } };

interface HeadlineSpec {
  topic: Topic;
  /** The card shows the latest observation of this indicator. */
  indicator: string;
  /** A second figure that gives the first its meaning (a rate, an amount, a change). */
  companion?: Companion;
}

const HEADLINES: HeadlineSpec[] = [
  {
    topic: 'courts',
    indicator: 'court-ip-cases-accepted',
    companion: { derived: { indicator: 'court-ip-cases-accepted', kind: 'rate' } },
  },
  { topic: 'trademarks', indicator: 'trademark-cases-investigated', companion: { observation: 'trademark-fines' } },
  { topic: 'criminal', indicator: 'ip-criminal-cases-solved' },
  { topic: 'insurance', indicator: 'ip-insurance-policies', companion: { observation: 'ip-insurance-amount' } },
  {
    topic: 'mediation',
    indicator: 'wipo-mediation-cases-entrusted',
    companion: { derived: { indicator: 'wipo-mediation-cases-concluded', kind: 'rate' } },
  },
  {
    topic: 'assistance',
    indicator: 'rights-assistance-workstations',
    companion: { derived: { indicator: 'rights-assistance-workstations', kind: 'target_progress' } },
  },
];

export interface Headline {
  topic: Topic;
  observation: ObservationRow;
  companion: { observation: ObservationRow } | { derived: DerivedRow } | null;
}

function latest(data: SiteData, indicator: string): ObservationRow {
  const found = latestOfIndicator(data.observations, indicator);
  if (!found) throw new Error(`headline indicator "${indicator}" has no observation: change src/lib/site/headlines.ts`);
  return found;
}

export function headlines(data: SiteData): Headline[] {
  return HEADLINES.map((spec) => {
    const observation = latest(data, spec.indicator);
    let companion: Headline['companion'] = null;
    if (spec.companion && 'observation' in spec.companion) {
      const o = latest(data, spec.companion.observation);
      companion = { observation: o };
    } else if (spec.companion) {
      const { indicator, kind } = spec.companion.derived;
      const d = data.derived
        .filter((r) => r.indicator_id === indicator && r.kind === kind)
        .sort((a, b) => a.period_end.localeCompare(b.period_end))
        .at(-1);
      if (!d)
        throw new Error(
          `headline needs a ${kind} metric on "${indicator}" and the data has none: change src/lib/site/headlines.ts`,
        );
      companion = { derived: d };
    }
    return { topic: spec.topic, observation, companion };
  });
}
