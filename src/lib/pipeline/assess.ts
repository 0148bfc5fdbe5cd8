import type {
  AssessmentRow,
  Comparator,
  EvidenceRow,
  ObservationRow,
  TargetRow,
  TaskRow,
} from '../../schemas/index.ts';
import { locate, type Annotated } from './annotations.ts';
import { DataError } from './errors.ts';
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

/** Status of a quantitative target, computed from the latest observation after its baseline. */
function computeTarget(
  task: TaskRow,
  target: TargetRow,
  observations: ObservationRow[],
  plan: Source,
  asOfAll: string,
): Omit<AssessmentRow, 'id' | 'plan_id' | 'plan_doc_number' | 'evidence_count'> & { evidence: ObservationRow | null } {
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

/** One assessment per task: curated ones checked, quantitative ones computed, the rest `no_evidence`. */
export function assess(annotated: Annotated): { assessments: AssessmentRow[]; evidence: EvidenceRow[] } {
  const { sources } = annotated;
  const dates = [...sources.values()].map((s) => s.entry.date_issued).filter((d): d is string => d !== null);
  const asOfAll = dates.sort().at(-1) ?? '';
  const taskPlan = new Map(annotated.tasks.map((t) => [t.id, sources.get(t.document_id)!]));
  const curated = new Map<string, (typeof annotated.assessments)[number]>();
  for (const p of annotated.assessments) {
    if (curated.has(p.annotation.task))
      throw new DataError(
        p.file,
        p.entry,
        `task "${p.annotation.task}" is assessed twice`,
        'keep one assessment per task',
      );
    curated.set(p.annotation.task, p);
  }
  const assessments: AssessmentRow[] = [];
  const evidence: EvidenceRow[] = [];

  for (const task of annotated.tasks) {
    const plan = taskPlan.get(task.id)!;
    const id = `${task.id}-assessment`;
    const head = { id, task_id: task.id, plan_id: plan.entry.id, plan_doc_number: plan.entry.doc_number };
    const target = annotated.targets.find((t) => t.task_id === task.id);
    const pending = curated.get(task.id);
    if (target) {
      if (pending)
        throw new DataError(
          pending.file,
          pending.entry,
          `task "${task.id}" is quantitative: its status is computed from observations`,
          'remove this assessment; add an observation instead',
        );
      const { evidence: obs, ...row } = computeTarget(task, target, annotated.observations, plan, asOfAll);
      assessments.push({ ...head, ...row, evidence_count: obs ? 1 : 0 });
      if (obs) {
        evidence.push({
          id: `${id}-e1`,
          assessment_id: id,
          task_id: task.id,
          document_id: obs.document_id,
          doc_number: obs.doc_number,
          quote: obs.quote,
          quote_start: obs.quote_start,
          quote_end: obs.quote_end,
          note_zh: `观测值 ${obs.id}`,
          note_en: `Observation ${obs.id}`,
        });
      }
      continue;
    }
    if (!pending) {
      assessments.push({
        ...head,
        status: 'no_evidence',
        computed: false,
        as_of: asOfAll,
        rationale_zh: '本库中该规划之后发布的文件均未报告此项任务的进展',
        rationale_en: 'No document in this corpus published after the plan reports progress on this task.',
        evidence_count: 0,
      });
      continue;
    }
    const { file, entry, annotation: a } = pending;
    if (a.status !== 'no_evidence' && a.evidence.length === 0)
      throw new DataError(
        file,
        entry,
        `status "${a.status}" cites no evidence`,
        'cite at least one quote from a document dated on or after the plan, or use "no_evidence"',
      );
    const since = planDate(plan);
    if (a.evidence.length > 0 && !since)
      throw new DataError(
        file,
        entry,
        `the plan ${plan.entry.file} has neither a date nor a period`,
        'record its period in the manifest before citing evidence',
      );
    if (since && a.as_of < since)
      throw new DataError(
        file,
        entry,
        `as_of ${a.as_of} is before the plan (${since})`,
        'use the date of the latest evidence document',
      );
    a.evidence.forEach((ev, k) => {
      const ventry = `${entry}.evidence[${k}]`;
      const doc = sources.get(ev.document);
      if (!doc)
        throw new DataError(
          file,
          ventry,
          `unknown document "${ev.document}"`,
          'use an id from data/sources/manifest.json',
        );
      const docDate = doc.entry.date_issued;
      if (!docDate)
        throw new DataError(
          file,
          ventry,
          `${doc.entry.file} states no date, so it cannot show progress after the plan`,
          'cite a dated document',
        );
      if (docDate < since!)
        throw new DataError(
          file,
          ventry,
          `evidence dated ${docDate} is before the plan (${since})`,
          'cite a document dated on or after the plan',
        );
      if (docDate > a.as_of)
        throw new DataError(
          file,
          ventry,
          `evidence dated ${docDate} is after as_of ${a.as_of}`,
          `set as_of to ${docDate} or later`,
        );
      const span = locate(doc, ev.quote, file, ventry);
      evidence.push({
        id: `${id}-e${k + 1}`,
        assessment_id: id,
        task_id: task.id,
        document_id: doc.entry.id,
        doc_number: doc.entry.doc_number,
        quote: ev.quote,
        quote_start: span.start,
        quote_end: span.end,
        note_zh: ev.note_zh ?? '',
        note_en: ev.note_en ?? '',
      });
    });
    assessments.push({
      ...head,
      status: a.status,
      computed: false,
      as_of: a.as_of,
      rationale_zh: a.rationale_zh,
      rationale_en: a.rationale_en,
      evidence_count: a.evidence.length,
    });
  }
  return { assessments, evidence };
}
