// What a one-page briefing says: a plan's deadlines relative to the date of the data (the latest document date,
// never the build date), what passed with no published sign of completion, what falls due next; and, across plans,
// the totals the briefing index leads with.
import type { DocumentRow, ObservationRow } from '../../../schemas/index.ts';
import type { SiteData } from '../data.ts';
import { headlineViews, type HeadlineView } from './overview.ts';
import type { TargetView, TaskView } from '../related.ts';
import { perData, perId } from './memo.ts';
import { planView, type Deadline, type PlanView } from './plan.ts';

/** A target as a briefing states it: the latest observation the data build chose for it. */
export interface BriefingTarget {
  view: TaskView;
  target: TargetView;
  latest: ObservationRow | undefined;
}

export interface PlanBriefing extends PlanView {
  asOf: string;
  /** Deadlines before the date of the data whose task no document shows achieved. */
  passed: Deadline[];
  /** Deadlines on or after the date of the data, soonest first. */
  upcoming: Deadline[];
  /** Tasks whose status is anything but no_evidence, in plan order. */
  reported: TaskView[];
  briefingTargets: BriefingTarget[];
  /** Document numbers behind the page: the plan, and every document its evidence and target figures quote. */
  docNumbers: string[];
}

/** The date a briefing speaks as of: the latest document date, as the data build named it. */
export function briefingDate(data: SiteData): string {
  return data.release.latest_document.date;
}

export const planBriefing = perId((data: SiteData, planId: string): PlanBriefing => {
  const view = planView(data, planId);
  const asOf = briefingDate(data);
  const targetIndicators = new Set(view.targets.map((t) => t.row.indicator_id));
  const cited = new Set<string>([
    ...view.tasks.flatMap((v) => v.evidence.map((e) => e.document_id)),
    ...data.observations.filter((o) => targetIndicators.has(o.indicator_id)).map((o) => o.document_id),
  ]);
  cited.delete(planId);
  return {
    ...view,
    asOf,
    passed: view.deadlines.filter((d) => d.date < asOf && d.view.assessment.status !== 'achieved'),
    upcoming: view.deadlines.filter((d) => d.date >= asOf),
    reported: view.tasks.filter((v) => v.assessment.status !== 'no_evidence'),
    briefingTargets: view.tasks.flatMap((v) =>
      v.target ? [{ view: v, target: v.target, latest: v.target.latest }] : [],
    ),
    docNumbers: [view.doc.doc_number, ...data.documents.filter((d) => cited.has(d.id)).map((d) => d.doc_number)],
  };
});

export interface BriefingIndex {
  asOf: string;
  documents: number;
  plans: { doc: DocumentRow; briefing: PlanBriefing; passedNoEvidence: number }[];
  totalTasks: number;
  totalPassed: number;
  reported: number;
  /** The soonest deadline after the date of the data, with the plans and tasks due that day. */
  nextDue: { date: string; docNumbers: string[]; tasks: number } | null;
  figures: HeadlineView[];
  docNumbers: string[];
}

export const briefingIndex = perData((data: SiteData): BriefingIndex => {
  const plans = data.plans.map((doc) => {
    const briefing = planBriefing(data, doc.id);
    const passedNoEvidence = briefing.passed.filter((d) => d.view.assessment.status === 'no_evidence').length;
    return { doc, briefing, passedNoEvidence };
  });
  const upcoming = plans.flatMap((p) => p.briefing.upcoming).sort((a, c) => a.date.localeCompare(c.date));
  const first = upcoming[0];
  const due = first ? upcoming.filter((d) => d.date === first.date) : [];
  return {
    asOf: briefingDate(data),
    documents: data.documents.length,
    plans,
    totalTasks: plans.reduce((n, p) => n + p.briefing.tasks.length, 0),
    totalPassed: plans.reduce((n, p) => n + p.briefing.passed.length, 0),
    reported: plans.reduce((n, p) => n + p.briefing.reported.length, 0),
    nextDue: first
      ? { date: first.date, docNumbers: [...new Set(due.map((d) => d.view.task.doc_number))], tasks: due.length }
      : null,
    figures: headlineViews(data),
    docNumbers: data.documents.map((d) => d.doc_number),
  };
});
