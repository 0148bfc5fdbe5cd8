// What belongs together across datasets: an indicator's derived metrics, a plan's tasks and their standing.
import { group } from 'd3';
import type {
  AssessmentRow,
  DerivedRow,
  EvidenceRow,
  IndicatorRow,
  ObservationRow,
  TargetRow,
  TaskRow,
} from '../../schemas/index.ts';
import type { Locale } from '../../shared/locales.ts';
import type { SiteData } from './data.ts';
import { taskLabels } from './task-label.ts';
import { latestOfAssessment } from './latest.ts';

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

/** A quantitative target with what a reader compares it with. */
export interface TargetView {
  row: TargetRow;
  indicator: IndicatorRow;
  /** Every observation of the target's indicator (what its chart draws on). */
  observations: ObservationRow[];
  baseline: ObservationRow | undefined;
  /** The latest figure the data build chose for the target (its assessment's latest_observation_id). */
  latest: ObservationRow | undefined;
  /** Whether the indicator has a page of its own (it has observations). */
  hasIndicatorPage: boolean;
  /** Whether the deadline is the plan period's end, not a date the text states (the target's task's). */
  deadlineInferred: boolean;
}

export interface TaskView {
  task: TaskRow;
  /** What the reader calls it, in each language (task-label.ts). */
  label: Record<Locale, string>;
  assessment: AssessmentRow;
  evidence: EvidenceRow[];
  target: TargetView | undefined;
}

/** A target resolved against the indicators and observations; fails on an unknown indicator. */
export function targetView(data: SiteData, row: TargetRow, assessment: AssessmentRow, task: TaskRow): TargetView {
  const indicator = data.indicatorById.get(row.indicator_id);
  if (!indicator) throw new Error(`target ${row.id} is measured on unknown indicator ${row.indicator_id}`);
  const observations = data.observations.filter((o) => o.indicator_id === indicator.id);
  return {
    row,
    indicator,
    observations,
    baseline: row.baseline_observation_id ? observations.find((o) => o.id === row.baseline_observation_id) : undefined,
    latest: latestOfAssessment(data, assessment),
    hasIndicatorPage: observations.length > 0,
    deadlineInferred: task.deadline_inferred,
  };
}

/** Tasks, assessments, evidence and targets indexed once per loaded data: a scan per plan page grew with plans × rows. */
const taskIndexes = new WeakMap<SiteData, ReturnType<typeof indexTasks>>();

function indexTasks(data: SiteData) {
  const targetByTask = new Map<string, TargetRow>();
  for (const t of data.targets) if (!targetByTask.has(t.task_id)) targetByTask.set(t.task_id, t);
  return {
    tasksByPlan: group(data.tasks, (t) => t.document_id),
    assessmentByTask: new Map(data.latestAssessments.map((a) => [a.task_id, a])),
    evidenceByAssessment: group(data.evidence, (e) => e.assessment_id),
    targetByTask,
  };
}

/**
 * A plan's tasks in the document's order (by where each is quoted: the datasets may list them in any order, and a
 * content collection sorts them by id), each with its assessment, evidence and target; fails on a task with no
 * assessment.
 */
export function planTasks(data: SiteData, planId: string): TaskView[] {
  let index = taskIndexes.get(data);
  if (!index) taskIndexes.set(data, (index = indexTasks(data)));
  const { tasksByPlan, assessmentByTask, evidenceByAssessment, targetByTask } = index;
  const labels = taskLabels(data);
  return [...(tasksByPlan.get(planId) ?? [])]
    .sort((a, b) => a.quote_start - b.quote_start)
    .map((task) => {
      const assessment = assessmentByTask.get(task.id);
      if (!assessment) throw new Error(`task ${task.id} has no assessment: the data build must assess every task`);
      const target = targetByTask.get(task.id);
      return {
        task,
        label: labels.get(task.id)!,
        assessment,
        evidence: evidenceByAssessment.get(assessment.id) ?? [],
        target: target ? targetView(data, target, assessment, task) : undefined,
      };
    });
}

export interface Section<T> {
  zh: string;
  en: string;
  items: T[];
}

/** A plan's tasks by section heading, sections in the order they first appear. */
export function bySection<T extends { task: TaskRow }>(views: readonly T[]): Section<T>[] {
  return [...group(views, (v) => v.task.section_zh)].map(([zh, items]) => ({
    zh,
    en: items[0]!.task.section_en,
    items,
  }));
}
