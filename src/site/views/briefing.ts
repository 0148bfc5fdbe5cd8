// What a one-page briefing says: a plan's deadlines judged against the data release (the day the collection last
// changed, never the build date), what passed with no published sign of completion, what falls due next, what the
// latest release changed; and, across plans, the totals the briefing index leads with. Statuses are as of the newest
// document. Every task of the tasks dataset counts, a covering notice's reporting requirements included: every page
// and sheet counts tasks the same way.
import type { ChangeRow, DocumentRow, ObservationRow } from '../../schemas/index.ts';
import type { SiteData } from '../data/data.ts';
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
  /** Nothing about the plan is published yet: no task has a status, no target a figure, the plan no figure of its own. */
  nothingPublished: boolean;
  /** The changelog's entries on the plan of the newest date that has any, and whether that date is the data release. */
  changes: { date: string; current: boolean; entries: ChangeRow[] } | null;
  briefingTargets: BriefingTarget[];
  /** The figures the plan itself states (its own observations), in text order. */
  ownFigures: ObservationRow[];
  /** Document numbers behind the page: the plan, and every document its evidence and target figures quote. */
  docNumbers: string[];
}

export const planBriefing = perId((data: SiteData, planId: string): PlanBriefing => {
  const view: PlanView = planView(data, planId);
  const dates = collectionDates(data);
  const reported = view.tasks.filter((v) => v.assessment.status !== 'no_evidence');
  const ownFigures = data.observations
    .filter((o) => o.document_id === planId)
    .sort((a, c) => a.quote_start - c.quote_start);
  const onPlan = data.changes
    .filter((c) => c.document_ids.split(/\s+/).includes(planId))
    .sort((a, c) => c.date.localeCompare(a.date) || a.id.localeCompare(c.id));
  const newest = onPlan[0]?.date;
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
    nothingPublished: reported.length === 0 && view.targets.every((x) => !x.latest) && ownFigures.length === 0,
    changes: newest
      ? { date: newest, current: newest === dates.release, entries: onPlan.filter((c) => c.date === newest) }
      : null,
    ownFigures,
    briefingTargets: view.tasks.flatMap((v) =>
      v.target ? [{ view: v, target: v.target, latest: v.target.latest }] : [],
    ),
    docNumbers: [view.doc.doc_number, ...data.documents.filter((d) => cited.has(d.id)).map((d) => d.doc_number)],
  };
});

export interface BriefingIndex {
  dates: CollectionDates;
  documents: number;
  plans: { doc: DocumentRow; briefing: PlanBriefing }[];
  totalTasks: number;
  /** Tasks whose deadline passed with no document showing them done: the sum of the plans' `passed`. */
  totalPassed: number;
  reported: number;
  reportedCounts: StatusCount[];
  /** The soonest deadline after the data release, with the plans and tasks due that day. */
  nextDue: { date: string; docNumbers: string[]; tasks: number } | null;
  figures: HeadlineView[];
  docNumbers: string[];
}

export const briefingIndex = perData((data: SiteData): BriefingIndex => {
  const plans = data.curatedPlans.map((doc) => ({ doc, briefing: planBriefing(data, doc.id) }));
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
