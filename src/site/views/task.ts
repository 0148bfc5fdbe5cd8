// A task's own page: the promise in its plan's words, every dated assessment of it, its themes, and the tasks of
// other plans it continues or that continue it.
import { group } from 'd3';
import type { AssessmentRow, DocumentRow, EvidenceRow, TaskLinkRow, ThemeRow } from '../../schemas/index.ts';
import type { SiteData } from '../data/data.ts';
import type { TaskView } from '../data/related.ts';
import { perData, perId } from '../data/memo.ts';
import { planView } from './plan.ts';

/** One dated assessment with the quotes it rests on. */
export interface HistoryEntry {
  assessment: AssessmentRow;
  evidence: EvidenceRow[];
}

/** The task at the other end of a lineage link. */
export interface LinkedTask {
  link: TaskLinkRow;
  view: TaskView;
  plan: DocumentRow;
}

export interface TaskPageView {
  view: TaskView;
  plan: DocumentRow;
  themes: ThemeRow[];
  /** Every dated assessment, oldest first; the last is the status now. */
  history: HistoryEntry[];
  /** Tasks of earlier plans this one carries on. */
  continues: LinkedTask[];
  /** Tasks of later plans that carry this one on. */
  continuedIn: LinkedTask[];
}

/** Every task's view and plan by task id, and each task's themes in the vocabulary's order. */
export const taskIndex = perData((data: SiteData) => {
  const views = new Map<string, { view: TaskView; plan: DocumentRow }>();
  for (const plan of data.plans)
    for (const view of planView(data, plan.id).tasks) views.set(view.task.id, { view, plan });
  const order = new Map(data.themes.map((t, i) => [t.id, i]));
  const themeById = new Map(data.themes.map((t) => [t.id, t]));
  const themesOf = new Map<string, ThemeRow[]>();
  for (const [taskId, rows] of group(data.task_themes, (r) => r.task_id)) {
    const themes = rows.map((r) => {
      const theme = themeById.get(r.theme_id);
      if (!theme) throw new Error(`task ${taskId} is tagged with unknown theme ${r.theme_id}`);
      return theme;
    });
    themesOf.set(
      taskId,
      themes.sort((a, b) => order.get(a.id)! - order.get(b.id)!),
    );
  }
  return { views, themesOf };
});

/** A task's themes, in the vocabulary's order. */
export function taskThemes(data: SiteData, taskId: string): ThemeRow[] {
  return taskIndex(data).themesOf.get(taskId) ?? [];
}

function linked(data: SiteData, link: TaskLinkRow, id: string): LinkedTask {
  const found = taskIndex(data).views.get(id);
  if (!found) throw new Error(`task link ${link.id} names task ${id}, which no plan has`);
  return { link, ...found };
}

export const taskPageView = perId((data: SiteData, id: string): TaskPageView => {
  const found = taskIndex(data).views.get(id);
  if (!found) throw new Error(`no task ${id}`);
  const evidenceOf = group(data.evidence, (e) => e.assessment_id);
  const history = data.assessments
    .filter((a) => a.task_id === id)
    .sort((a, b) => a.as_of.localeCompare(b.as_of))
    .map((assessment) => ({ assessment, evidence: evidenceOf.get(assessment.id) ?? [] }));
  return {
    ...found,
    themes: taskThemes(data, id),
    history,
    continues: data.task_links.filter((l) => l.to === id).map((l) => linked(data, l, l.from)),
    continuedIn: data.task_links.filter((l) => l.from === id).map((l) => linked(data, l, l.to)),
  };
});

/** Every task id, for the task pages' paths. */
export const taskIds = (data: SiteData): string[] => [...taskIndex(data).views.keys()];

/** One lineage link with the tasks at both ends. */
export interface LineageLink {
  link: TaskLinkRow;
  from: LinkedTask;
  to: LinkedTask;
}

/** A plan's lineage: links into it (it carries on earlier tasks) and out of it (later plans carry its tasks on). */
export const planLineage = perId((data: SiteData, planId: string): { into: LineageLink[]; outOf: LineageLink[] } => {
  const links = data.task_links.map((link) => ({
    link,
    from: linked(data, link, link.from),
    to: linked(data, link, link.to),
  }));
  return {
    into: links.filter((l) => l.to.plan.id === planId),
    outOf: links.filter((l) => l.from.plan.id === planId),
  };
});
