// Computed statuses: a quantitative target's status follows from the observations, never from a curator.
import type { AssessmentRow, Comparator, ObservationRow, TargetRow, TaskRow } from '../../schemas/index.ts';
import type { Source } from './sources.ts';

/** The date a plan speaks from: its date of issue, or the start of its period when the text states no date. */
export function planDate(plan: Source): string | null {
  return plan.entry.date_issued ?? plan.entry.period_start;
}

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

const SYMBOL: Record<Comparator, string> = { gte: '≥', gt: '>', lte: '≤', lt: '<', eq: '=' };

function fmt(n: number, unit: string): string {
  return `${Number.isInteger(n) ? n : n.toFixed(2)}${unit}`;
}

/** The latest observation of a target's indicator in the plan's jurisdiction, after the plan and its baseline. */
export function latestObservation(
  target: TargetRow,
  observations: ObservationRow[],
  plan: Source,
): ObservationRow | undefined {
  const since = planDate(plan) ?? '0000-00-00';
  return observations
    .filter(
      (o) =>
        o.indicator_id === target.indicator_id &&
        o.jurisdiction === plan.entry.jurisdiction &&
        o.id !== target.baseline_observation_id &&
        o.period_end >= since,
    )
    .sort((a, b) => a.period_end.localeCompare(b.period_end) || a.id.localeCompare(b.id))
    .at(-1);
}

export type ComputedStatus = Pick<
  AssessmentRow,
  'task_id' | 'computed' | 'status' | 'as_of' | 'rationale_zh' | 'rationale_en'
> & {
  /** The observation the status was read from, if any. */
  evidence: ObservationRow | null;
};

/** Status of a quantitative target, computed from the latest observation after its baseline. */
export function computeTarget(
  task: TaskRow,
  target: TargetRow,
  observations: ObservationRow[],
  plan: Source,
  asOfAll: string,
): ComputedStatus {
  const latest = latestObservation(target, observations, plan);
  const base = { task_id: task.id, computed: true };
  if (!latest || target.target_value === null) {
    const why =
      target.target_value === null
        ? 'the target is a reference level no published figure reports'
        : 'no figure after the plan is published';
    return {
      ...base,
      status: 'no_evidence',
      as_of: asOfAll,
      rationale_zh:
        target.target_value === null
          ? `目标以“${target.reference_zh}”为参照，尚无公开数据可供比较`
          : '规划发布后尚无公开数据',
      rationale_en: `No published evidence: ${why}.`,
      evidence: null,
    };
  }
  const ok = meets(latest.value, target.comparator, target.target_value);
  const overdue = latest.period_end > target.deadline;
  const status = ok ? 'achieved' : overdue ? 'not_achieved' : 'in_progress';
  const cmp = `${fmt(latest.value, latest.unit)} ${ok ? '' : '未'}满足 ${SYMBOL[target.comparator]} ${fmt(target.target_value, target.unit)}`;
  return {
    ...base,
    status,
    as_of: latest.period_end,
    rationale_zh: `最新数据（截至${latest.period_end}）${cmp}（目标）`,
    rationale_en: `Latest figure (as of ${latest.period_end}) ${fmt(latest.value, ` ${latest.unit_en}`)} ${ok ? 'meets' : 'does not yet meet'} the target ${SYMBOL[target.comparator]} ${fmt(target.target_value, ` ${latest.unit_en}`)}.`,
    evidence: latest,
  };
}
