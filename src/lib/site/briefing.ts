// What a one-page briefing says about a plan: its deadlines relative to the date of the data (the latest document
// date, never the build date), what passed with no published sign of completion, and what falls due next.
import type { Status } from '../../schemas/index.ts';
import { STATUS_ORDER } from './format.ts';
import type { SiteData } from './data.ts';
import { planTasks, type TaskView } from './related.ts';

/** A task's deadline (its own, which its target shares). */
export interface Deadline {
  date: string;
  view: TaskView;
}

export interface PlanBriefing {
  views: TaskView[];
  counts: { status: Status; n: number }[];
  deadlines: Deadline[];
  /** Deadlines before the date of the data whose task no document shows achieved. */
  passed: Deadline[];
  /** Deadlines on or after the date of the data, soonest first. */
  upcoming: Deadline[];
  /** Tasks whose status is anything but no_evidence, in plan order. */
  reported: TaskView[];
  /** Document numbers behind the page: the plan, and every document its evidence and target figures quote. */
  docNumbers: string[];
}

/** Every task of a plan by its deadline (stated, or the plan period's end), soonest first. */
export function deadlines(views: TaskView[]): Deadline[] {
  return views
    .map((view) => ({ date: view.task.deadline, view }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.view.task.quote_start - b.view.task.quote_start);
}

export function planBriefing(data: SiteData, planId: string, asOf: string): PlanBriefing {
  const plan = data.documentById.get(planId);
  if (!plan) throw new Error(`no plan ${planId}`);
  const views = planTasks(data, planId);
  const all = deadlines(views);
  const targetIndicators = new Set(views.flatMap((v) => (v.target ? [v.target.indicator_id] : [])));
  const cited = new Set<string>([
    ...views.flatMap((v) => v.evidence.map((e) => e.document_id)),
    ...data.observations.filter((o) => targetIndicators.has(o.indicator_id)).map((o) => o.document_id),
  ]);
  cited.delete(planId);
  return {
    views,
    counts: STATUS_ORDER.map((status) => ({
      status,
      n: views.filter((v) => v.assessment.status === status).length,
    })).filter((c) => c.n > 0),
    deadlines: all,
    passed: all.filter((d) => d.date < asOf && d.view.assessment.status !== 'achieved'),
    upcoming: all.filter((d) => d.date >= asOf),
    reported: views.filter((v) => v.assessment.status !== 'no_evidence'),
    docNumbers: [plan.doc_number, ...data.documents.filter((d) => cited.has(d.id)).map((d) => d.doc_number)],
  };
}
