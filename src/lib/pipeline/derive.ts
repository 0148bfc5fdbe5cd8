import * as aq from 'arquero';
import type { DerivedRow, ObservationRow, TargetRow } from '../../schemas/index.ts';
import { latestObservation } from './assess-computed.ts';
import type { Source } from './sources.ts';

/** A ratio of two indicators observed over the same place and period, in percent. */
interface RateSpec {
  id: string;
  numerator: string;
  denominator: string;
  /** Indicator holding the rate as the source states it, if it does. */
  reported?: string;
  label_zh: string;
  label_en: string;
}

/** A value grown by a stated year-on-year rate, read backwards to the year before. */
interface ImpliedSpec {
  id: string;
  value: string;
  growth: string;
  label_zh: string;
  label_en: string;
}

export const RATES: RateSpec[] = [
  {
    id: 'court-ip-closure-rate',
    numerator: 'court-ip-cases-concluded',
    denominator: 'court-ip-cases-accepted',
    reported: 'court-ip-closure-rate',
    label_zh: '法院知识产权案件结案率',
    label_en: 'Court IP case closure rate',
  },
  {
    id: 'trademark-closure-rate',
    numerator: 'trademark-cases-closed',
    denominator: 'trademark-cases-investigated',
    label_zh: '商标违法案件结案率',
    label_en: 'Trademark enforcement closure rate',
  },
  {
    id: 'patent-dispute-closure-rate',
    numerator: 'patent-disputes-closed',
    denominator: 'patent-disputes-filed',
    label_zh: '专利侵权纠纷案件结案率（含以往年度立案）',
    label_en: 'Patent dispute closure rate (closures include cases filed in earlier years)',
  },
  {
    id: 'wipo-mediation-success-of-concluded',
    numerator: 'wipo-mediation-cases-settled',
    denominator: 'wipo-mediation-cases-concluded',
    reported: 'wipo-mediation-success-rate',
    label_zh: 'WIPO仲调上海中心调解成功率（占已结案件）',
    label_en: 'WIPO Shanghai mediation success rate (of concluded cases)',
  },
  {
    id: 'wipo-mediation-success-of-entrusted',
    numerator: 'wipo-mediation-cases-settled',
    denominator: 'wipo-mediation-cases-entrusted',
    label_zh: 'WIPO仲调上海中心调解成功率（占委托案件）',
    label_en: 'WIPO Shanghai mediation success rate (of entrusted cases)',
  },
  {
    id: 'wipo-mediation-conclusion-rate',
    numerator: 'wipo-mediation-cases-concluded',
    denominator: 'wipo-mediation-cases-entrusted',
    label_zh: 'WIPO仲调上海中心委托调解结案率',
    label_en: 'WIPO Shanghai mediation conclusion rate (of entrusted cases)',
  },
];

export const IMPLIED: ImpliedSpec[] = [
  {
    id: 'ip-insurance-policies-implied-prior-year',
    value: 'ip-insurance-policies',
    growth: 'ip-insurance-policies-growth',
    label_zh: '知识产权保险投保笔数（由同比增速推算的上年值）',
    label_en: 'IP insurance policies, prior year implied by the stated growth',
  },
  {
    id: 'ip-insurance-amount-implied-prior-year',
    value: 'ip-insurance-amount',
    growth: 'ip-insurance-amount-growth',
    label_zh: '知识产权保险保额（由同比增速推算的上年值）',
    label_en: 'IP insurance amount insured, prior year implied by the stated growth',
  },
];

const KEY_COLUMNS = ['jurisdiction', 'period_start', 'period_end'];
const KEYS: [string[], string[]] = [KEY_COLUMNS, KEY_COLUMNS];

/** Decimal places of a number as the source writes it ("95.38%" → 2). */
export function decimalsOf(text: string): number {
  const m = /[0-9０-９]+(?:[.．]([0-9０-９]+))?/u.exec(text);
  return m?.[1]?.length ?? 0;
}

/** Round half away from zero at a number of decimal places, as a reader rounds a printed figure. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * f + 1e-9)) / f;
}

function pick(obs: aq.ColumnTable, indicator: string, prefix: string): aq.ColumnTable {
  return obs
    .params({ indicator })
    .filter((d: Record<string, unknown>, $: { indicator: string }) => d.indicator_id === $.indicator)
    .select(...KEY_COLUMNS, 'id', 'value', 'mention_text', 'indicator_id')
    .rename({
      id: `${prefix}_id`,
      value: `${prefix}_value`,
      mention_text: `${prefix}_text`,
      indicator_id: `${prefix}_indicator`,
    });
}

function shiftYear(iso: string, years: number): string {
  return `${String(Number(iso.slice(0, 4)) + years).padStart(4, '0')}${iso.slice(4)}`;
}

/** Rates, implied prior-year values and target progress, computed from observations. */
export function derive(observations: ObservationRow[], targets: TargetRow[], plans: Map<string, Source>): DerivedRow[] {
  const rows: DerivedRow[] = [];
  if (observations.length === 0) return rows;
  const obs = aq.from(observations);

  for (const spec of RATES) {
    let t = pick(obs, spec.numerator, 'num')
      .join(pick(obs, spec.denominator, 'den'), KEYS)
      .derive({ value: (d: { num_value: number; den_value: number }) => (d.num_value / d.den_value) * 100 });
    t = spec.reported ? t.join_left(pick(obs, spec.reported, 'rep'), KEYS) : t;
    for (const r of t.objects() as Record<string, string | number | null | undefined>[]) {
      const value = r.value as number;
      const repValue = (r.rep_value as number | null | undefined) ?? null;
      const decimals = repValue === null ? null : decimalsOf(r.rep_text as string);
      rows.push({
        id: `${spec.id}-${String(r.period_start).slice(0, 4)}-${String(r.period_end).slice(0, 4)}-${r.jurisdiction}`,
        kind: 'rate',
        indicator_id: spec.denominator,
        label_zh: spec.label_zh,
        label_en: spec.label_en,
        jurisdiction: r.jurisdiction as DerivedRow['jurisdiction'],
        period_start: r.period_start as string,
        period_end: r.period_end as string,
        value,
        unit: '%',
        formula_zh: `${r.num_text} ÷ ${r.den_text} × 100`,
        formula_en: `${r.num_indicator} ÷ ${r.den_indicator} × 100`,
        inputs: `${r.num_id} ${r.den_id}`,
        reported_value: repValue,
        reported_observation_id: (r.rep_id as string | undefined) ?? null,
        reported_decimals: decimals,
        agrees: repValue === null ? null : roundTo(value, decimals!) === repValue,
      });
    }
  }

  for (const spec of IMPLIED) {
    const t = pick(obs, spec.value, 'val')
      .join(pick(obs, spec.growth, 'gro'), KEYS)
      .derive({ value: (d: { val_value: number; gro_value: number }) => d.val_value / (1 + d.gro_value / 100) });
    for (const r of t.objects() as Record<string, string | number>[]) {
      const unit = observations.find((o) => o.id === r.val_id)!.unit;
      rows.push({
        id: `${spec.id}-${shiftYear(String(r.period_start), -1).slice(0, 4)}-${r.jurisdiction}`,
        kind: 'implied_baseline',
        indicator_id: spec.value,
        label_zh: spec.label_zh,
        label_en: spec.label_en,
        jurisdiction: r.jurisdiction as DerivedRow['jurisdiction'],
        period_start: shiftYear(String(r.period_start), -1),
        period_end: shiftYear(String(r.period_end), -1),
        value: r.value as number,
        unit,
        formula_zh: `${r.val_text} ÷ (1 + ${r.gro_text})`,
        formula_en: `${spec.value} ÷ (1 + ${spec.growth} ÷ 100)`,
        inputs: `${r.val_id} ${r.gro_id}`,
        reported_value: null,
        reported_observation_id: null,
        reported_decimals: null,
        agrees: null,
      });
    }
  }

  for (const target of targets) {
    const plan = plans.get(target.document_id)!;
    const latest = latestObservation(target, observations, plan);
    if (!latest) continue;
    const fromBaseline = target.baseline_value !== null;
    if (!fromBaseline && target.target_value === null) continue;
    rows.push({
      id: `${target.id}-progress`,
      kind: 'target_progress',
      indicator_id: target.indicator_id,
      label_zh: fromBaseline ? '较基线变化' : '目标完成度',
      label_en: fromBaseline ? 'Change since the baseline' : 'Share of the target reached',
      jurisdiction: latest.jurisdiction,
      period_start: latest.period_start,
      period_end: latest.period_end,
      value: fromBaseline ? latest.value - target.baseline_value! : (latest.value / target.target_value!) * 100,
      unit: fromBaseline ? target.unit : '%',
      formula_zh: fromBaseline
        ? `${latest.mention_text} − ${target.baseline_value}${target.unit}（基线）`
        : `${latest.mention_text} ÷ ${target.target_value}${target.unit} × 100`,
      formula_en: fromBaseline
        ? `latest ${latest.id} − baseline ${target.baseline_observation_id}`
        : `latest ${latest.id} ÷ target × 100`,
      inputs: [latest.id, target.baseline_observation_id].filter(Boolean).join(' '),
      reported_value: null,
      reported_observation_id: null,
      reported_decimals: null,
      agrees: null,
    });
  }
  return rows;
}
