// Stage 4: metrics computed from observations, as declared in data/figures.json: rates, implied prior-year values,
// and target progress. A figure restated by a later document is kept with its own source, so a rate is derived
// once per source: the row from the earliest source keeps the plain id, a restating source's row adds its id.
import * as aq from 'arquero';
import type { DerivedRow, Figures, ObservationRow, TargetRow } from '../../schemas/index.ts';
import { latestObservation } from '../assess/computed.ts';
import { byRecency, type IssuedDates } from '../assess/latest.ts';
import { decimalsOf, halfUnit, impliedBounds, rateBounds, roundTo, type Stated } from './precision.ts';
import type { Source } from '../sources/sources.ts';

const KEY_COLUMNS = ['jurisdiction', 'period_start', 'period_end'];
const KEYS: [string[], string[]] = [KEY_COLUMNS, KEY_COLUMNS];

function pick(obs: aq.ColumnTable, indicator: string, prefix: string): aq.ColumnTable {
  return obs
    .params({ indicator })
    .filter((d: Record<string, unknown>, $: { indicator: string }) => d.indicator_id === $.indicator)
    .select(...KEY_COLUMNS, 'id')
    .rename({ id: `${prefix}_id` });
}

function shiftYear(iso: string, years: number): string {
  return `${String(Number(iso.slice(0, 4)) + years).padStart(4, '0')}${iso.slice(4)}`;
}

const stated = (o: ObservationRow): Stated => ({ value: o.value, half: halfUnit(o.mention_text, o.value, o.unit) });

/**
 * Pairs of observations of two indicators over the same place and period, one per source: where one document states
 * both, its pair stands; pairs mixing a figure with another document's restatement of the other are dropped. Each
 * pair comes with the id suffix it needs (empty for the earliest source of its place and period).
 */
function pairs(
  obs: aq.ColumnTable,
  byId: ReadonlyMap<string, ObservationRow>,
  first: string,
  second: string,
  issued: IssuedDates,
): { a: ObservationRow; b: ObservationRow; suffix: string }[] {
  // One group per place and period (arquero's join and groupby); within it, the pairs each source states.
  const groups = pick(obs, first, 'a')
    .join(pick(obs, second, 'b'), KEYS)
    .derive({ place_period: (d: Record<string, string>) => `${d.jurisdiction} ${d.period_start} ${d.period_end}` })
    .groupby('place_period')
    .objects({ grouped: 'entries' }) as unknown as [string, Record<string, string>[]][];
  const recency = byRecency(issued);
  return groups.flatMap(([, rows]) => {
    const group = rows.map((r) => ({ a: byId.get(r.a_id!)!, b: byId.get(r.b_id!)! }));
    const same = group.filter((p) => p.a.document_id === p.b.document_id);
    const kept = (same.length ? same : group).sort((x, y) => recency(x.a, y.a) || recency(x.b, y.b));
    return kept.map((p, i) => ({
      ...p,
      suffix: i === 0 ? '' : `-${[...new Set([p.a.document_id, p.b.document_id])].join('-')}`,
    }));
  });
}

/** The stated rate over the same place and period, from the numerator's source where it states one. */
function reportedRate(rows: ObservationRow[], num: ObservationRow, issued: IssuedDates): ObservationRow | null {
  const same = rows.filter((r) => r.document_id === num.document_id);
  return (same.length ? same : rows).sort(byRecency(issued)).at(-1) ?? null;
}

/** Rates, implied prior-year values and target progress, computed from observations. */
export function derive(
  observations: ObservationRow[],
  targets: TargetRow[],
  plans: Map<string, Source>,
  figures: Pick<Figures, 'rates' | 'implied_baselines'>,
): DerivedRow[] {
  const rows: DerivedRow[] = [];
  if (observations.length === 0) return rows;
  const obs = aq.from(observations);
  const byId = new Map(observations.map((o) => [o.id, o]));
  const issued = new Map([...plans].map(([id, s]) => [id, s.entry.date_issued]));
  const samePlace = (o: ObservationRow, indicator: string) =>
    observations.filter(
      (r) =>
        r.indicator_id === indicator &&
        r.jurisdiction === o.jurisdiction &&
        r.period_start === o.period_start &&
        r.period_end === o.period_end,
    );
  const none = { reported_value: null, reported_observation_id: null, reported_decimals: null, agrees: null };

  for (const spec of figures.rates) {
    for (const { a: num, b: den, suffix } of pairs(obs, byId, spec.numerator, spec.denominator, issued)) {
      const value = (num.value / den.value) * 100;
      const rep = spec.reported ? reportedRate(samePlace(num, spec.reported), num, issued) : null;
      const decimals = rep ? decimalsOf(rep.mention_text) : null;
      const [low, high] = rateBounds(stated(num), stated(den));
      rows.push({
        id: `${spec.id}-${num.period_start.slice(0, 4)}-${num.period_end.slice(0, 4)}-${num.jurisdiction}${suffix}`,
        kind: 'rate',
        // Filed under the rate's own indicator where the sources state the rate, else under its denominator.
        indicator_id: spec.reported ?? spec.denominator,
        label_zh: spec.label_zh,
        label_en: spec.label_en,
        jurisdiction: num.jurisdiction,
        period_start: num.period_start,
        period_end: num.period_end,
        value,
        value_low: low,
        value_high: high,
        unit: '%',
        formula_zh: `${num.mention_text} ÷ ${den.mention_text} × 100`,
        formula_en: `${num.indicator_id} ÷ ${den.indicator_id} × 100`,
        inputs: `${num.id} ${den.id}`,
        reported_value: rep?.value ?? null,
        reported_observation_id: rep?.id ?? null,
        reported_decimals: decimals,
        agrees: rep ? roundTo(value, decimals!) === rep.value : null,
      });
    }
  }

  for (const spec of figures.implied_baselines) {
    for (const { a: val, b: gro, suffix } of pairs(obs, byId, spec.value, spec.growth, issued)) {
      const [low, high] = impliedBounds(stated(val), stated(gro));
      rows.push({
        id: `${spec.id}-${shiftYear(val.period_start, -1).slice(0, 4)}-${val.jurisdiction}${suffix}`,
        kind: 'implied_baseline',
        indicator_id: spec.value,
        label_zh: spec.label_zh,
        label_en: spec.label_en,
        jurisdiction: val.jurisdiction,
        period_start: shiftYear(val.period_start, -1),
        period_end: shiftYear(val.period_end, -1),
        value: val.value / (1 + gro.value / 100),
        value_low: low,
        value_high: high,
        unit: val.unit,
        formula_zh: `${val.mention_text} ÷ (1 + ${gro.mention_text})`,
        formula_en: `${spec.value} ÷ (1 + ${spec.growth} ÷ 100)`,
        inputs: `${val.id} ${gro.id}`,
        ...none,
      });
    }
  }

  for (const target of targets) {
    const plan = plans.get(target.document_id)!;
    const latest = latestObservation(target, observations, plan, issued);
    if (!latest) continue;
    const fromBaseline = target.baseline_value !== null;
    if (!fromBaseline && target.target_value === null) continue;
    const value = fromBaseline ? latest.value - target.baseline_value! : (latest.value / target.target_value!) * 100;
    rows.push({
      id: `${target.id}-progress`,
      kind: 'target_progress',
      indicator_id: target.indicator_id,
      label_zh: fromBaseline ? '较基线变化' : '目标完成度',
      label_en: fromBaseline ? 'Change since the baseline' : 'Share of the target reached',
      jurisdiction: latest.jurisdiction,
      period_start: latest.period_start,
      period_end: latest.period_end,
      value,
      value_low: null,
      value_high: null,
      unit: fromBaseline ? target.unit : '%',
      formula_zh: fromBaseline
        ? `${latest.mention_text} − ${target.baseline_value}${target.unit}（基线）`
        : `${latest.mention_text} ÷ ${target.target_value}${target.unit} × 100`,
      formula_en: fromBaseline
        ? `latest ${latest.id} − baseline ${target.baseline_observation_id}`
        : `latest ${latest.id} ÷ target × 100`,
      inputs: [latest.id, target.baseline_observation_id].filter(Boolean).join(' '),
      ...none,
    });
  }
  return rows;
}
