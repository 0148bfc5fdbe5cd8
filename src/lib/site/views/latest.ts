// Which observation is "the latest": every rule the site applies, in one place, so the pipeline can take the choice
// over (and publish what it chose) by changing this module alone.
import type { ObservationRow, TargetRow } from '../../../schemas/index.ts';

/** The latest observation of an indicator: by end of period, then by start (a year after a quarter of it). */
export function latestOfIndicator(
  observations: readonly ObservationRow[],
  indicatorId: string,
): ObservationRow | undefined {
  return observations
    .filter((o) => o.indicator_id === indicatorId)
    .sort((a, b) => a.period_end.localeCompare(b.period_end) || a.period_start.localeCompare(b.period_start))
    .at(-1);
}

/**
 * The latest observation to set beside a target: any observation of its indicator but the baseline, by end of
 * period; with `asOf`, none whose period ends after that date (a briefing speaks as of the date of the data).
 */
export function latestForTarget(
  observations: readonly ObservationRow[],
  target: TargetRow,
  asOf?: string,
): ObservationRow | undefined {
  return observations
    .filter(
      (o) =>
        o.indicator_id === target.indicator_id &&
        o.id !== target.baseline_observation_id &&
        (asOf === undefined || o.period_end <= asOf),
    )
    .sort((a, b) => a.period_end.localeCompare(b.period_end))
    .at(-1);
}
