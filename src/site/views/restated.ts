// Figures more than one document states: a later report restating last year's figure, as real reports do. Each
// statement stays an observation with its own source (the data build keeps them all); this view sets them side by
// side, per indicator, place and period, and says whether the documents agree. It never chooses between them.
import type { ObservationRow } from '../../schemas/index.ts';

export interface Restated {
  jurisdiction: string;
  period_start: string;
  period_end: string;
  /** One observation per statement, in the order of the dataset (each with its own document). */
  observations: ObservationRow[];
  /** Every statement has the same value, said the same way (exact, more than, about…). */
  agree: boolean;
}

/** The figures of one indicator's observations that two or more documents state, each with what each says. */
export function restatedFigures(observations: readonly ObservationRow[]): Restated[] {
  const groups = new Map<string, ObservationRow[]>();
  for (const o of observations) {
    const key = [o.indicator_id, o.jurisdiction, o.period_start, o.period_end].join('\u0000');
    const group = groups.get(key);
    if (group) group.push(o);
    else groups.set(key, [o]);
  }
  return [...groups.values()]
    .filter((g) => new Set(g.map((o) => o.document_id)).size > 1)
    .map((g) => ({
      jurisdiction: g[0]!.jurisdiction,
      period_start: g[0]!.period_start,
      period_end: g[0]!.period_end,
      observations: g,
      agree: g.every((o) => o.value === g[0]!.value && o.qualifier === g[0]!.qualifier && o.unit === g[0]!.unit),
    }));
}
