// Which observation is "the latest": the data build decides once (src/pipeline/assess/latest.ts) and publishes what it
// chose, on each computed assessment (latest_observation_id) and as the latest_observations view. The site looks
// the choice up and never makes one of its own.
import { latestOf } from '../../pipeline/assess/latest.ts';
import type { AssessmentRow, ObservationRow } from '../../schemas/index.ts';
import { perData } from './memo.ts';
import type { SiteData } from './data.ts';

/** The latest observation of an indicator in each place that reports it (latest_observations). */
export function latestOfIndicator(data: SiteData, indicatorId: string): ObservationRow[] {
  return data.latestByIndicator.get(indicatorId) ?? [];
}

/** The observation an assessment's status was read from (a target's latest figure), if any. */
export function latestOfAssessment(data: SiteData, assessment: AssessmentRow): ObservationRow | undefined {
  const id = assessment.latest_observation_id;
  if (id === null) return undefined;
  const o = data.observationById.get(id);
  if (!o) throw new Error(`assessment ${assessment.id} names unknown observation ${id}: rebuild the data`);
  return o;
}

/** Each document's date of issue, as the data build's "latest" rule reads it. */
const issuedDates = perData((data: SiteData) => new Map(data.documents.map((d) => [d.id, d.date_issued])));

/**
 * The latest of some observations (of several places, say) by the data build's own rule (byRecency in
 * src/pipeline/assess/latest.ts): a page that must show one figure takes this one, never a sort of its own.
 */
export function latestAmong(data: SiteData, rows: readonly ObservationRow[]): ObservationRow | undefined {
  return latestOf(rows, issuedDates(data));
}
