// What a one-page briefing says: a plan's deadlines judged against the data release (the day the collection last
// changed, never the build date), what passed with no published sign of completion, what falls due next; and,
// across plans, the totals the briefing index leads with. Statuses are as of the newest document. A notice's
// reporting requirements are listed apart from the plan's tasks and counted in none of its totals.
import type { DocumentRow, ObservationRow } from '../../schemas/index.ts';
import type { SiteData } from '../data/data.ts';
import { isReportingRequirement } from '../data/task-label.ts';
import { collectionDates, type CollectionDates } from './dates.ts';
import { headlineViews, type HeadlineView } from './overview.ts';
import type { TargetView, TaskView } from '../data/related.ts';
import { perData, perId } from '../data/memo.ts';
import { planView, type Deadline, type PlanView } from './plan.ts';
import { statusCounts, type StatusCount } from './status.ts';

/** A target as a briefing states it: the latest observation the data build chose for it. */
export interface BriefingTarget {
  view: TaskView;
  target: TargetView;
  latest: ObservationRow | undefined;
}

export interface PlanBriefing extends PlanView {
  dates: CollectionDates;
  /** Deadlines of the plan's tasks before the data release whose task no document shows achieved. */
  passed: Deadline[];
  /** Deadlines of the plan's tasks on or after the data release, soonest first. */
  upcoming: Deadline[];
  /** Tasks whose status is anything but no_evidence, in plan order. */
  reported: TaskView[];
  reportedCounts: StatusCount[];
  /** The notice's reporting requirements (submit a work plan, a summary), apart from the tasks. */
  reporting: Deadline[];
  briefingTargets: BriefingTarget[];
  /** The figures the plan itself states (its own observations), in text order. */
  ownFigures: ObservationRow[];
  /** Document numbers behind the page: the plan, and every document its evidence and target figures quote. */
  docNumbers: string[];
}

export const planBriefing = perId((data: SiteData, planId: string): PlanBriefing => {
  const plan = planView(data, planId);
  const dates = collectionDates(data);
  const isTask = (v: TaskView) => !isReportingRequirement(v.task);
  const tasks = plan.tasks.filter(isTask);
  const ofTasks = (list: Deadline[]) => list.filter((d) => isTask(d.view));
  const view: PlanView = {
    ...plan,
    tasks,
    counts: statusCounts(tasks.map((v) => v.assessment.status)),
    sections: plan.sections
      .map((s) => ({ ...s, items: s.items.filter(isTask) }))
      .filter((s) => s.items.length > 0)
      .map((s) => ({ ...s, counts: statusCounts(s.items.map((v) => v.assessment.status)) })),
    deadlines: ofTasks(plan.deadlines),
    statedDeadlines: ofTasks(plan.statedDeadlines),
  };
  const reported = tasks.filter((v) => v.assessment.status !== 'no_evidence');
  const targetIndicators = new Set(view.targets.map((t) => t.row.indicator_id));
  const cited = new Set<string>([
    ...view.tasks.flatMap((v) => v.evidence.map((e) => e.document_id)),
    ...data.observations.filter((o) => targetIndicators.has(o.indicator_id)).map((o) => o.document_id),
  ]);
  cited.delete(planId);
  return {
    ...view,
    dates,
    passed: view.deadlines.filter((d) => d.date < dates.release && d.view.assessment.status !== 'achieved'),
    upcoming: view.deadlines.filter((d) => d.date >= dates.release),
    reported,
    reportedCounts: statusCounts(reported.map((v) => v.assessment.status)),
    reporting: plan.deadlines.filter((d) => !isTask(d.view)),
    ownFigures: data.observations.filter((o) => o.document_id === planId).sort((a, c) => a.quote_start - c.quote_start),
    briefingTargets: view.tasks.flatMap((v) =>
      v.target ? [{ view: v, target: v.target, latest: v.target.latest }] : [],
    ),
    docNumbers: [view.doc.doc_number, ...data.documents.filter((d) => cited.has(d.id)).map((d) => d.doc_number)],
  };
});

export interface BriefingIndex {
  dates: CollectionDates;
  documents: number;
  plans: { doc: DocumentRow; briefing: PlanBriefing; passedNoEvidence: number }[];
  totalTasks: number;
  totalPassed: number;
  reported: number;
  reportedCounts: StatusCount[];
  /** The soonest deadline after the data release, with the plans and tasks due that day. */
  nextDue: { date: string; docNumbers: string[]; tasks: number } | null;
  figures: HeadlineView[];
  docNumbers: string[];
}

export const briefingIndex = perData((data: SiteData): BriefingIndex => {
  const plans = data.curatedPlans.map((doc) => {
    const briefing = planBriefing(data, doc.id);
    const passedNoEvidence = briefing.passed.filter((d) => d.view.assessment.status === 'no_evidence').length;
    return { doc, briefing, passedNoEvidence };
  });
  const upcoming = plans.flatMap((p) => p.briefing.upcoming).sort((a, c) => a.date.localeCompare(c.date));
  const first = upcoming[0];
  const due = first ? upcoming.filter((d) => d.date === first.date) : [];
  return {
    dates: collectionDates(data),
    documents: data.documents.length,
    plans,
    totalTasks: plans.reduce((n, p) => n + p.briefing.tasks.length, 0),
    totalPassed: plans.reduce((n, p) => n + p.briefing.passed.length, 0),
    reported: plans.reduce((n, p) => n + p.briefing.reported.length, 0),
    reportedCounts: statusCounts(plans.flatMap((p) => p.briefing.reported.map((v) => v.assessment.status))),
    nextDue: first
      ? { date: first.date, docNumbers: [...new Set(due.map((d) => d.view.task.doc_number))], tasks: due.length }
      : null,
    figures: headlineViews(data),
    docNumbers: data.documents.map((d) => d.doc_number),
  };
});
