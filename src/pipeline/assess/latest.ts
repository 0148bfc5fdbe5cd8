// "Latest" decided once: the order every latest figure follows, for the published latest_observations view and
// for the observation a computed target status reads.
import type { LatestObservationRow, ObservationRow } from '../../schemas/index.ts';

/** Date each source document was issued (null where the text states none). */
export type IssuedDates = ReadonlyMap<string, string | null>;

/**
 * Older first: newest period end last; on a tie the later period start (the shorter, more recent period), then the
 * source issued later (a document restating a figure), then the greater id, so the order is total.
 */
export function byRecency(issued: IssuedDates) {
  return (a: ObservationRow, b: ObservationRow): number =>
    a.period_end.localeCompare(b.period_end) ||
    a.period_start.localeCompare(b.period_start) ||
    (issued.get(a.document_id) ?? '').localeCompare(issued.get(b.document_id) ?? '') ||
    a.id.localeCompare(b.id);
}

/** The latest of some observations by `byRecency`, if any. */
export function latestOf(rows: readonly ObservationRow[], issued: IssuedDates): ObservationRow | undefined {
  return [...rows].sort(byRecency(issued)).at(-1);
}

/** One row per indicator and jurisdiction: its latest observation. */
export function latestObservations(
  observations: readonly ObservationRow[],
  issued: IssuedDates,
): LatestObservationRow[] {
  const groups = new Map<string, ObservationRow[]>();
  for (const o of observations) {
    const key = `${o.indicator_id}-${o.jurisdiction}`;
    const group = groups.get(key);
    if (group) group.push(o);
    else groups.set(key, [o]);
  }
  return [...groups]
    .map(([id, rows]) => {
      const o = latestOf(rows, issued)!;
      return {
        id,
        indicator_id: o.indicator_id,
        jurisdiction: o.jurisdiction,
        observation_id: o.id,
        period_start: o.period_start,
        period_end: o.period_end,
        value: o.value,
        unit: o.unit,
        qualifier: o.qualifier,
        doc_number: o.doc_number,
        observations: rows.length,
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}
