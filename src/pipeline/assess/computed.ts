// Computed statuses: a quantitative target's status follows from the observations, never from a curator.
import type { AssessmentRow, Comparator, EvidenceRow, ObservationRow, TargetRow } from '../../schemas/index.ts';
import { byRecency, type IssuedDates } from './latest.ts';
import { planDate, type Source } from '../sources/sources.ts';

export function meets(value: number, comparator: Comparator, target: number): boolean {
  switch (comparator) {
    case 'gte':
      return value >= target;
    case 'gt':
      return value > target;
    case 'lte':
      return value <= target;
    case 'lt':
      return value < target;
    case 'eq':
      return value === target;
  }
}

const WORDS: Record<Comparator, { zh: string; en: string }> = {
  gte: { zh: '不少于', en: 'at least' },
  gt: { zh: '超过', en: 'more than' },
  lte: { zh: '不超过', en: 'at most' },
  lt: { zh: '低于', en: 'less than' },
  eq: { zh: '等于', en: 'exactly' },
};
const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** A date in each language's own words, for rationales (never ISO inside a sentence). */
export function sayDate(iso: string): { zh: string; en: string } {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { zh: `${y}年${m}月${d}日`, en: `${d} ${MONTHS[m - 1]} ${y}` };
}

function say(n: number, unit: string, unitEn: string): { zh: string; en: string } {
  const v = Number.isInteger(n) ? String(n) : n.toFixed(2);
  return { zh: `${v}${unit}`, en: unitEn === '%' ? `${v}%` : `${v} ${unitEn}` };
}

/**
 * The observations of a target's indicator in the plan's jurisdiction after the plan, reported by another document
 * dated on or after it (a plan is never evidence for its own tasks, nor is a document that cannot be placed after
 * the plan), oldest first by the one rule of latest.ts (so the last is the latest).
 */
export function observationsAfter(
  target: TargetRow,
  observations: ObservationRow[],
  plan: Source,
  issued: IssuedDates,
): ObservationRow[] {
  const since = planDate(plan) ?? '0000-00-00';
  const later = (docId: string) => docId !== plan.entry.id && (issued.get(docId) ?? '') >= since;
  return observations
    .filter(
      (o) =>
        o.indicator_id === target.indicator_id &&
        o.jurisdiction === plan.entry.jurisdiction &&
        o.id !== target.baseline_observation_id &&
        o.period_end >= since &&
        later(o.document_id),
    )
    .sort(byRecency(issued));
}

/** The latest observation of a target's indicator in the plan's jurisdiction, after the plan and its baseline. */
export function latestObservation(
  target: TargetRow,
  observations: ObservationRow[],
  plan: Source,
  issued: IssuedDates,
): ObservationRow | undefined {
  return observationsAfter(target, observations, plan, issued).at(-1);
}

type Judgement = Pick<AssessmentRow, 'status' | 'rationale_zh' | 'rationale_en'>;

/**
 * What one figure says of a target. It never claims more than the promise's words: where the text asks for an amount
 * it names without a number (一批, a batch), a figure above the baseline is progress, never achievement.
 */
export function judgeFigure(target: TargetRow, obs: ObservationRow): Judgement {
  const when = sayDate(obs.period_end);
  const due = sayDate(target.deadline);
  const value = say(obs.value, obs.unit, obs.unit_en);
  const overdue = obs.period_end > target.deadline;
  const words = WORDS[target.comparator];
  if (target.amount_zh) {
    const base = say(target.baseline_value!, target.unit, obs.unit_en);
    const above = meets(obs.value, target.comparator, target.baseline_value!);
    if (above)
      return {
        status: 'in_progress',
        rationale_zh: `截至${when.zh}为${value.zh}，多于基线${base.zh}；原文要求增设“${target.amount_zh}”，这一数字不足以表明已经完成`,
        rationale_en: `${value.en} as of ${when.en}, more than the baseline of ${base.en}: progress, but the plan asks for ${target.amount_en} more, an amount it gives no number for, which no figure can show reached.`,
      };
    return {
      status: overdue ? 'not_achieved' : 'in_progress',
      rationale_zh: `截至${when.zh}为${value.zh}，未多于基线${base.zh}${overdue ? `，截止日期${due.zh}已过` : ''}`,
      rationale_en: `${value.en} as of ${when.en}, no more than the baseline of ${base.en}${overdue ? `, after the deadline of ${due.en}` : ''}.`,
    };
  }
  const goal = say(target.target_value!, target.unit, obs.unit_en);
  if (meets(obs.value, target.comparator, target.target_value!))
    return {
      status: 'achieved',
      rationale_zh: `截至${when.zh}为${value.zh}，达到目标（${words.zh}${goal.zh}）`,
      rationale_en: `${value.en} as of ${when.en}, which reaches the target of ${words.en} ${goal.en}.`,
    };
  return {
    status: overdue ? 'not_achieved' : 'in_progress',
    rationale_zh: `截至${when.zh}为${value.zh}，${overdue ? `截止日期${due.zh}已过，未达到` : '尚未达到'}目标（${words.zh}${goal.zh}）`,
    rationale_en: `${value.en} as of ${when.en}, short of the target of ${words.en} ${goal.en}${overdue ? `, due ${due.en}` : ''}.`,
  };
}

export type Dated = Omit<AssessmentRow, 'id' | 'task_id' | 'plan_id' | 'plan_doc_number' | 'latest'>;
export interface Judged {
  row: Dated;
  evidence: Omit<EvidenceRow, 'id' | 'assessment_id' | 'task_id'>[];
}

/** A quantitative task's history: one computed assessment per figure published after the plan. */
export function computedHistory(
  target: TargetRow,
  observations: ObservationRow[],
  plan: Source,
  asOfAll: string,
  issued: IssuedDates,
): Judged[] {
  const figures = observationsAfter(target, observations, plan, issued);
  if (target.target_value === null && !target.amount_zh) {
    // A reference-level target cannot be compared with a figure, but the latest figure is still the one shown beside it.
    return [
      {
        row: {
          status: 'no_evidence',
          computed: true,
          as_of: asOfAll,
          rationale_zh: `目标以“${target.reference_zh}”为参照，尚无公开数据可供比较`,
          rationale_en: `No published evidence: the target is measured against ${target.reference_en}, which no published figure reports.`,
          evidence_count: 0,
          latest_observation_id: figures.at(-1)?.id ?? null,
        },
        evidence: [],
      },
    ];
  }
  if (figures.length === 0)
    return [
      {
        row: {
          status: 'no_evidence',
          computed: true,
          as_of: asOfAll,
          rationale_zh: '规划发布后尚无公开数据',
          rationale_en: 'No published evidence: no figure after the plan is published.',
          evidence_count: 0,
          latest_observation_id: null,
        },
        evidence: [],
      },
    ];
  // One assessment per date: figures that end on the same day (two documents stating one figure, or a shorter and a
  // longer period ending together) are judged by the latest of them, which is cited. Citing every restatement made
  // the evidence grow with the square of the documents (a million rows at 5,000 documents restating one figure).
  const byDate = new Map<string, ObservationRow[]>();
  for (const obs of figures) byDate.set(obs.period_end, [...(byDate.get(obs.period_end) ?? []), obs]);
  return [...byDate.values()].map((same) => {
    const obs = same.at(-1)!;
    const when = sayDate(obs.period_end);
    return {
      row: {
        ...judgeFigure(target, obs),
        computed: true,
        as_of: obs.period_end,
        evidence_count: 1,
        latest_observation_id: obs.id,
      },
      evidence: [
        {
          document_id: obs.document_id,
          doc_number: obs.doc_number,
          quote: obs.quote,
          quote_start: obs.quote_start,
          quote_end: obs.quote_end,
          note_zh: `${obs.indicator_zh}（截至${when.zh}）`,
          note_en: `${obs.indicator_en}, as of ${when.en}`,
        },
      ],
    };
  });
}
