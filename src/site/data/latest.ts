// Which observation is "the latest": the data build decides once (src/pipeline/assess/latest.ts) and publishes what it
// chose, on each computed assessment (latest_observation_id) and as the latest_observations view. The site looks
// the choice up and never makes one of its own.
import type { AssessmentRow, ObservationRow } from '../../schemas/index.ts';
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
