// An indicator page and the indicators index: observations, the derived metrics they feed, and the charts' inputs.
import { FUNNEL_STAGES, type FunnelData } from '../../../charts/mediation-funnel.ts';
import { Topic, type DerivedRow, type IndicatorRow, type ObservationRow } from '../../../schemas/index.ts';
import type { SiteData } from '../data.ts';
import { derivedFor, inputIds } from '../related.ts';
import { latestOfIndicator } from './latest.ts';
import { perData, perId } from './memo.ts';

/** A derived metric with the rows it is computed from and, where a source states it, the row that does. */
export interface DerivedView {
  row: DerivedRow;
  indicator: IndicatorRow;
  inputs: ObservationRow[];
  stated: ObservationRow | null;
}

export interface IndicatorView {
  indicator: IndicatorRow;
  observations: ObservationRow[];
  derived: DerivedView[];
  rates: DerivedRow[];
  /** Observations the rates are computed from, for the rate chart's source line. */
  rateSources: ObservationRow[];
  /** The mediation funnel, on the page of each of its stages and of any rate computed from them. */
  funnel: { data: FunnelData; sources: ObservationRow[] } | null;
}

function observationOf(data: SiteData): (id: string) => ObservationRow {
  const byId = new Map(data.observations.map((o) => [o.id, o]));
  return (id) => {
    const o = byId.get(id);
    if (!o) throw new Error(`derived metric refers to unknown observation ${id}`);
    return o;
  };
}

export function derivedView(data: SiteData, row: DerivedRow): DerivedView {
  const observation = observationOf(data);
  const indicator = data.indicatorById.get(row.indicator_id);
  if (!indicator) throw new Error(`derived metric ${row.id} is on unknown indicator ${row.indicator_id}`);
  return {
    row,
    indicator,
    inputs: inputIds(row).map(observation),
    stated: row.reported_observation_id ? observation(row.reported_observation_id) : null,
  };
}

export const indicatorView = perId((data: SiteData, id: string): IndicatorView => {
  const indicator = data.indicatorById.get(id);
  if (!indicator) throw new Error(`no indicator ${id}`);
  const observations = data.observations.filter((o) => o.indicator_id === indicator.id);
  const derived = derivedFor(data, indicator);
  const rates = derived.filter((d) => d.kind === 'rate');
  const funnelIds: readonly string[] = FUNNEL_STAGES.map((s) => s.indicator);
  const showFunnel = funnelIds.includes(indicator.id) || derived.some((d) => funnelIds.includes(d.indicator_id));
  const funnelRows = data.observations.filter((o) => data.indicatorById.get(o.indicator_id)?.topic === 'mediation');
  const obsById = new Map(data.observations.map((o) => [o.id, o]));
  return {
    indicator,
    observations,
    derived: derived.map((d) => derivedView(data, d)),
    rates,
    rateSources: rates.flatMap((d) => d.inputs.split(' ').map((i) => obsById.get(i)!)).filter(Boolean),
    funnel: showFunnel
      ? {
          data: { observations: funnelRows, derived: data.derived },
          sources: funnelRows.filter((o) => funnelIds.includes(o.indicator_id)),
        }
      : null,
  };
});

export interface IndicatorIndex {
  topics: { topic: Topic; items: { indicator: IndicatorRow; latest: ObservationRow; count: number }[] }[];
}

export const indicatorIndex = perData((data: SiteData): IndicatorIndex => ({
  topics: Topic.options
    .map((topic) => ({
      topic,
      items: data.observedIndicators
        .filter((i) => i.topic === topic)
        .map((indicator) => ({
          indicator,
          latest: latestOfIndicator(data.observations, indicator.id)!,
          count: data.observations.filter((o) => o.indicator_id === indicator.id).length,
        })),
    }))
    .filter((g) => g.items.length > 0),
}));
