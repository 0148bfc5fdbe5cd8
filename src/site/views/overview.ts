// The overview: headline figures, each plan at a glance, and the inputs of its two charts.
import type { StatusBarsInput } from '../charts/status-bars.ts';
import type { TimelineInput } from '../charts/timeline.ts';
import {
  jurisdictionName,
  type DerivedRow,
  type DocumentRow,
  type IndicatorRow,
  type ObservationRow,
  type Status,
  type Topic,
} from '../../schemas/index.ts';
import type { Locale } from '../../shared/locales.ts';
import { ui } from '../words/ui.ts';
import type { SiteData } from '../data/data.ts';
import { latestRows } from './bounded.ts';
import { collectionDates, type CollectionDates } from './dates.ts';
import { headlines } from '../data/headlines.ts';
import { perData } from '../data/memo.ts';
import { planSummary, type PlanSummary } from './plan.ts';
import { statusCounts, type StatusCount } from './status.ts';
import { STATUS_ORDER } from '../words/status.ts';

/** A headline figure with everything its card shows. */
export interface HeadlineView {
  topic: Topic;
  observation: ObservationRow;
  /** The document the figure comes from, named beside its number. */
  source: DocumentRow;
  /** Where the figure applies, with the places that enclose it (the jurisdictions dataset). */
  place: { zh: string; en: string };
  companion: { observation: ObservationRow } | { derived: DerivedRow; indicator: IndicatorRow } | null;
}

export const headlineViews = perData((data: SiteData): HeadlineView[] =>
  headlines(data).map(({ topic, observation, companion }) => {
    const source = data.documentById.get(observation.document_id);
    if (!source) throw new Error(`observation ${observation.id} cites unknown document ${observation.document_id}`);
    const place = jurisdictionName(data.jurisdictionById, observation.jurisdiction);
    if (companion === null || 'observation' in companion) return { topic, observation, source, place, companion };
    const indicator = data.indicatorById.get(companion.derived.indicator_id);
    if (!indicator) throw new Error(`derived metric ${companion.derived.id} is on an unknown indicator`);
    return { topic, observation, source, place, companion: { derived: companion.derived, indicator } };
  }),
);

/** Every plan at a glance, in dataset order. */
export const planSummaries = perData((data: SiteData): PlanSummary[] => data.plans.map((p) => planSummary(data, p.id)));

/** The answer the overview gives first: every task of every plan, by status, and the total. */
export interface OverviewAnswer {
  plans: number;
  total: number;
  /** Statuses in STATUS_ORDER: "achieved" always (none done is news), the others where some task has them. */
  counts: StatusCount[];
}

export interface OverviewView {
  /** The newest document (what the figures are as of) and the data release. */
  dates: CollectionDates;
  answer: OverviewAnswer;
  headlines: HeadlineView[];
  /** The curated plans at a glance; the plans index lists every plan. */
  plans: PlanSummary[];
  /** Plans whose tasks are not curated yet, counted. */
  uncuratedPlans: number;
  status: StatusBarsInput;
  timeline: TimelineInput;
  /** How many documents there are in all: the timeline draws the latest (bounded.ts). */
  documentTotal: number;
  /** Document numbers behind each chart, for its source line: the plans with assessed tasks, the documents drawn. */
  planNumbers: string[];
  docNumbers: string[];
}

export const overviewView = perData((data: SiteData): OverviewView => {
  const dates = collectionDates(data);
  const assessed = new Set(data.latestAssessments.map((a) => a.plan_id));
  const curated = new Set(data.curatedPlans.map((p) => p.id));
  const drawn = latestRows(data.documents, (d) => d.date_issued ?? d.period_start ?? '');
  const summaries = planSummaries(data);
  const counts = statusCounts(summaries.flatMap((p) => p.counts.flatMap((c) => Array<Status>(c.n).fill(c.status))));
  return {
    dates,
    answer: {
      plans: summaries.filter((p) => p.total > 0).length,
      total: summaries.reduce((n, p) => n + p.total, 0),
      counts: STATUS_ORDER.flatMap((status) => {
        const n = counts.find((c) => c.status === status)?.n ?? 0;
        return n > 0 || status === 'achieved' ? [{ status, n }] : [];
      }),
    },
    headlines: headlineViews(data),
    plans: planSummaries(data).filter((p) => curated.has(p.doc.id)),
    uncuratedPlans: data.plans.length - data.curatedPlans.length,
    status: { assessments: data.latestAssessments, documents: data.documents },
    timeline: { documents: drawn.rows, tasks: data.tasks, latestData: dates.latestDocumentDate },
    documentTotal: drawn.total,
    planNumbers: data.plans.filter((p) => assessed.has(p.id)).map((p) => p.doc_number),
    docNumbers: drawn.rows.map((d) => d.doc_number),
  };
});

/** The timeline's note, saying how many documents it draws when it draws only the latest. */
export function timelineNote(view: OverviewView, locale: Locale): string {
  const t = ui(locale);
  const shown = view.timeline.documents.length;
  return shown < view.documentTotal
    ? `${t.timelineNote}${t.wordSpace}${t.timelineLatest(shown, view.documentTotal)}`
    : t.timelineNote;
}
