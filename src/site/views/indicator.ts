// An indicator page and the indicators index: observations, the derived metrics they feed, and the charts' inputs.
import type { FunnelData } from '../charts/mediation-funnel.ts';
import {
  jurisdictionName,
  Topic,
  type DerivedRow,
  type IndicatorRow,
  type ObservationRow,
} from '../../schemas/index.ts';
import { pick, type Locale } from '../../shared/locales.ts';
import { ui } from '../words/ui.ts';
import type { SiteData } from '../data/data.ts';
import { derivedFor, inputIds } from '../data/related.ts';
import { latestRows } from './bounded.ts';
import { latestOfIndicator } from '../data/latest.ts';
import { restatedFigures, type Restated } from './restated.ts';
import { perData, perId } from '../data/memo.ts';

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
  /** The observations its chart draws: the latest periods' (bounded.ts); the table lists them all. */
  chartObservations: ObservationRow[];
  /** Figures two or more documents state, side by side (restated.ts). */
  restated: Restated[];
  derived: DerivedView[];
  rates: DerivedRow[];
  /** Observations the rates are computed from, for the rate chart's source line. */
  rateSources: ObservationRow[];
  /** The funnel (data/figures.json) this indicator is a stage of, or that a rate on its page is computed from. */
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
  const obsById = data.observationById;
  const stagesOf = (f: FunnelData['spec']) => f.stages.map((s) => s.indicator);
  const inputIndicators = (d: DerivedRow) => inputIds(d).map((i) => obsById.get(i)?.indicator_id);
  const spec = data.figures.funnels.find(
    (f) =>
      stagesOf(f).includes(indicator.id) ||
      derived.some((d) => inputIndicators(d).every((i) => i !== undefined && stagesOf(f).includes(i))),
  );
  const funnelIds: readonly string[] = spec ? stagesOf(spec) : [];
  return {
    indicator,
    observations,
    chartObservations: latestRows(observations, (o) => `${o.period_end} ${o.period_start}`).rows,
    restated: restatedFigures(observations),
    derived: derived.map((d) => derivedView(data, d)),
    rates,
    rateSources: rates.flatMap((d) => d.inputs.split(' ').map((i) => obsById.get(i)!)).filter(Boolean),
    funnel: spec
      ? {
          data: { spec, observations: data.observations, derived: data.derived },
          sources: data.observations.filter((o) => funnelIds.includes(o.indicator_id)),
        }
      : null,
  };
});

export interface IndicatorIndex {
  topics: {
    topic: Topic;
    items: {
      indicator: IndicatorRow;
      /** The latest figure in each place that reports the indicator, named when there are several. */
      latest: { observation: ObservationRow; place: { zh: string; en: string } | null }[];
      count: number;
    }[];
  }[];
}

export const indicatorIndex = perData((data: SiteData): IndicatorIndex => ({
  topics: Topic.options
    .map((topic) => ({
      topic,
      items: data.observedIndicators
        .filter((i) => i.topic === topic)
        .map((indicator) => ({
          indicator,
          latest: latestOfIndicator(data, indicator.id).map((observation, _, all) => ({
            observation,
            place: all.length > 1 ? jurisdictionName(data.jurisdictionById, observation.jurisdiction) : null,
          })),
          count: data.observations.filter((o) => o.indicator_id === indicator.id).length,
        })),
    }))
    .filter((g) => g.items.length > 0),
}));

/** The observation chart's note: the indicator's unit, and how many figures it draws when it draws only the latest. */
export function observationsNote(view: IndicatorView, locale: Locale): string {
  const t = ui(locale);
  const unit = `${t.unit}${t.colon}${pick(locale, view.indicator.unit, view.indicator.unit_en)}`;
  const shown = view.chartObservations.length;
  const total = view.observations.length;
  return shown < total ? `${unit}${t.stop}${t.wordSpace}${t.chartLatest(shown, total)}` : unit;
}
