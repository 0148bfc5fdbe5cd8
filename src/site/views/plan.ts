// A plan page and a plan card: the plan's tasks with their standing, counted, dated and grouped once.
import type { DocumentRow } from '../../schemas/index.ts';
import type { SiteData } from '../data/data.ts';
import { bySection, planTasks, type Section, type TargetView, type TaskView } from '../data/related.ts';
import { perId } from '../data/memo.ts';
import { statusCounts, type StatusCount } from './status.ts';
import { shownTitle } from '../formats/titles.ts';
import type { Locale } from '../../shared/locales.ts';

/** A task's deadline (its own, which its target shares): stated in the text, or the plan period's end (inferred). */
export interface Deadline {
  date: string;
  view: TaskView;
}

/** Every task of a plan by its deadline, soonest first (ties in plan order). */
export function deadlines(views: readonly TaskView[]): Deadline[] {
  return views
    .map((view) => ({ date: view.task.deadline, view }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.view.task.quote_start - b.view.task.quote_start);
}

export interface PlanView {
  doc: DocumentRow;
  tasks: TaskView[];
  counts: StatusCount[];
  /** Sections by heading, each with its tasks counted by status. */
  sections: (Section<TaskView> & { counts: StatusCount[] })[];
  deadlines: Deadline[];
  /** The deadlines the text states; the others are the plan period's end, shown with the period. */
  statedDeadlines: Deadline[];
  targets: TargetView[];
}

function plan(data: SiteData, id: string): DocumentRow {
  const doc = data.documentById.get(id);
  if (!doc || !data.plans.includes(doc)) throw new Error(`no plan ${id}`);
  return doc;
}

export const planView = perId((data: SiteData, id: string): PlanView => {
  const doc = plan(data, id);
  const tasks = planTasks(data, id);
  return {
    doc,
    tasks,
    counts: statusCounts(tasks.map((v) => v.assessment.status)),
    sections: bySection(tasks).map((s) => ({ ...s, counts: statusCounts(s.items.map((v) => v.assessment.status)) })),
    deadlines: deadlines(tasks),
    statedDeadlines: deadlines(tasks).filter((d) => !d.view.task.deadline_inferred),
    targets: tasks.flatMap((v) => (v.target ? [v.target] : [])),
  };
});

/** A plan at a glance, for its card. */
export interface PlanSummary {
  doc: DocumentRow;
  /** The title to list it by, with its place where the title lacks it (formats/titles.ts). */
  title: Record<Locale, string>;
  total: number;
  counts: StatusCount[];
}

export function planSummary(data: SiteData, id: string): PlanSummary {
  const { doc, tasks, counts } = planView(data, id);
  const title = { zh: shownTitle(doc, data.jurisdictionById, 'zh'), en: shownTitle(doc, data.jurisdictionById, 'en') };
  return { doc, title, total: tasks.length, counts };
}
