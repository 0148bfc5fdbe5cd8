// What belongs together across datasets: an indicator's derived metrics, a plan's tasks and their standing.
import type { AssessmentRow, DerivedRow, EvidenceRow, IndicatorRow, TargetRow, TaskRow } from '../../schemas/index.ts';
import { group, type SiteData } from './data.ts';

/** Observation ids a derived metric is computed from. */
export function inputIds(d: DerivedRow): string[] {
  return d.inputs.split(/\s+/).filter(Boolean);
}

/** Derived metrics that involve an indicator: computed on it, from it, or checked against a rate it reports. */
export function derivedFor(data: SiteData, indicator: IndicatorRow): DerivedRow[] {
  const indicatorOf = new Map(data.observations.map((o) => [o.id, o.indicator_id]));
  return data.derived.filter(
    (d) =>
      d.indicator_id === indicator.id ||
      inputIds(d).some((id) => indicatorOf.get(id) === indicator.id) ||
      (d.reported_observation_id !== null && indicatorOf.get(d.reported_observation_id) === indicator.id),
  );
}

export interface TaskView {
  task: TaskRow;
  assessment: AssessmentRow;
  evidence: EvidenceRow[];
  target: TargetRow | undefined;
}

/** Tasks, assessments, evidence and targets indexed once per loaded data: a scan per plan page grew with plans × rows. */
const taskIndexes = new WeakMap<SiteData, ReturnType<typeof indexTasks>>();

function indexTasks(data: SiteData) {
  const targetByTask = new Map<string, TargetRow>();
  for (const t of data.targets) if (!targetByTask.has(t.task_id)) targetByTask.set(t.task_id, t);
  return {
    tasksByPlan: group(data.tasks, (t) => t.document_id),
    assessmentByTask: new Map(data.assessments.map((a) => [a.task_id, a])),
    evidenceByAssessment: group(data.evidence, (e) => e.assessment_id),
    targetByTask,
  };
}

/** A plan's tasks in order, each with its assessment, evidence and target; fails on a task with no assessment. */
export function planTasks(data: SiteData, planId: string): TaskView[] {
  let index = taskIndexes.get(data);
  if (!index) taskIndexes.set(data, (index = indexTasks(data)));
  const { tasksByPlan, assessmentByTask, evidenceByAssessment, targetByTask } = index;
  return (tasksByPlan.get(planId) ?? []).map((task) => {
    const assessment = assessmentByTask.get(task.id);
    if (!assessment) throw new Error(`task ${task.id} has no assessment: the data build must assess every task`);
    return {
      task,
      assessment,
      evidence: evidenceByAssessment.get(assessment.id) ?? [],
      target: targetByTask.get(task.id),
    };
  });
}

/** Sections of a plan in the order they first appear. */
export function bySection<T extends { task: TaskRow }>(views: T[]): { zh: string; en: string; items: T[] }[] {
  const sections: { zh: string; en: string; items: T[] }[] = [];
  for (const v of views) {
    const last = sections.at(-1);
    if (last && last.zh === v.task.section_zh) last.items.push(v);
    else sections.push({ zh: v.task.section_zh, en: v.task.section_en, items: [v] });
  }
  return sections;
}
