// The assisted draft of a new document: a manifest entry with what the text states, and an annotation draft in
// which every number, task and evidence passage is a best guess marked "draft": true for a curator to confirm.
import { extractMentions } from '../../pipeline/extract/index.ts';
import { sha256 } from '../../pipeline/sources/sources.ts';
import type { Corpus } from './corpus.ts';
import { suggestEvidence, type EvidenceSuggestion } from './evidence.ts';
import { documentFacts } from './facts.ts';
import { IndicatorMatcher } from './indicators.ts';
import { draftMentions, type DraftNotStatistic, type DraftObservation } from './observations.ts';
import { draftTasks, taskItems, type DraftTask } from './tasks.ts';
import { ThemeMatcher } from './themes.ts';

export const TODO = 'TODO';

export interface AnnotationDraft {
  document: string;
  observations: DraftObservation[];
  tasks: DraftTask[];
  assessments: never[];
  not_statistics: DraftNotStatistic[];
  evidence_suggestions: EvidenceSuggestion[];
}

export interface DocumentDraft {
  entry: Record<string, unknown>;
  annotation: AnnotationDraft;
  kinds: Record<string, number>;
  todo: string[];
}

/** The document kind whose name (or its last two characters: 方案, 要点, 答复) comes first in the text's head. */
function guessKind(corpus: Corpus, text: string): string | null {
  const head = text.slice(0, 600);
  let best: { id: string; at: number } | null = null;
  for (const k of corpus.catalogue.kinds.values()) {
    for (const name of [k.name_zh, k.name_zh.slice(-2)]) {
      const at = head.indexOf(name);
      if (at !== -1 && (!best || at < best.at)) best = { id: k.id, at };
    }
  }
  return best?.id ?? null;
}

/** Kinds that report on a year (a summary, a white paper): their title names it, and their figures are of it. */
const REPORTS = new Set(['work_summary', 'white_paper']);
const YEAR = /((?:19|20)\d{2})\s*年/u;

/**
 * The year the document's figures are of: the year its title names (2023年工作总结, 杭州市2023年知识产权发展与保护
 * 状况), else for a report the year at the head of its first paragraph (2023年，……), else the year it was issued.
 */
function documentYear(title: string | null, text: string, date: string | null, report: boolean): number | null {
  const named = title ? YEAR.exec(title) : null;
  if (named) return Number(named[1]);
  const head = report ? /^[ \t\u3000]*((?:19|20)\d{2})\s*年(?:度)?[，,]/mu.exec(text) : null;
  if (head) return Number(head[1]);
  if (date) return Number(date.slice(0, 4));
  const any = YEAR.exec(text);
  return any ? Number(any[1]) : null;
}

export function draftDocument(
  corpus: Corpus,
  input: { id: string; file: string; bytes: Uint8Array; jurisdiction: string; kind?: string },
): DocumentDraft {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(input.bytes);
  // An empty text, or one of white space only, has nothing to draft.
  if (text.trim() === '')
    throw new Error(
      `${input.file} holds no text (it is empty or white space only): save the document's text into it and draft again`,
    );
  const mentions = extractMentions(text);
  const facts = documentFacts(text, mentions);
  const kind = input.kind ?? guessKind(corpus, text);
  const kindRow = kind ? corpus.catalogue.kinds.get(kind) : undefined;
  const isPlan = kindRow?.is_plan ?? false;
  const report = kind !== null && REPORTS.has(kind);
  const year = documentYear(facts.title_zh, text, facts.date_issued, report);
  const annual = year !== null && (isPlan || report) && !!facts.title_zh && YEAR.test(facts.title_zh);
  const entry = {
    id: input.id,
    file: input.file,
    sha256: sha256(input.bytes),
    doc_number: facts.doc_number,
    title_zh: facts.title_zh ?? TODO,
    title_en: TODO,
    issuer_zh: facts.issuer_zh ?? TODO,
    issuer_en: TODO,
    jurisdiction: input.jurisdiction,
    // One vocabulary of levels: the place's own, from data/jurisdictions.json.
    level: corpus.catalogue.jurisdictions.get(input.jurisdiction)?.level ?? TODO,
    kind: kind ?? TODO,
    date_issued: facts.date_issued,
    date_quote: facts.date_quote,
    period_start: annual ? `${year}-01-01` : null,
    period_end: annual ? `${year}-12-31` : null,
    period_note_zh: annual ? `年度${isPlan ? '计划' : '报告'}：标题载明“${year}年”` : null,
    period_note_en: annual ? `Annual ${isPlan ? 'plan' : 'report'}: the title names the year ${year}` : null,
  };
  const matcher = new IndicatorMatcher(corpus);
  const docYear = year ?? 1970;
  const date = facts.date_issued ?? `${docYear}-12-31`;
  const items = isPlan ? taskItems(text) : [];
  const inTask = insideAny(items.map(({ item }) => item));
  const drafted = draftMentions(matcher, {
    id: input.id,
    text,
    jurisdiction: input.jurisdiction,
    time: { year: docYear, date, toDate: !report && facts.date_issued !== null },
    mentions,
    inTask,
  });
  const annotation: AnnotationDraft = {
    document: input.id,
    observations: drafted.observations,
    tasks: isPlan
      ? draftTasks(text, { id: input.id, year: String(docYear) }, drafted.targets, matcher, new ThemeMatcher(corpus))
      : [],
    assessments: [],
    not_statistics: drafted.not_statistics,
    evidence_suggestions: suggestEvidence(corpus, {
      id: input.id,
      text,
      jurisdiction: input.jurisdiction,
      date: facts.date_issued,
      period: reportingPeriod(drafted.observations, entry, date),
      plan: isPlan,
    }),
  };
  const kinds: Record<string, number> = {};
  for (const m of mentions) kinds[m.kind] = (kinds[m.kind] ?? 0) + 1;
  const todo = Object.entries(entry)
    .filter(([, v]) => v === TODO)
    .map(([k]) => k);
  if (!facts.date_issued) todo.push('date_issued (none found in the text: leave null if the text states none)');
  return { entry, annotation, kinds, todo };
}

/** Whether an offset lies inside one of the ranges (sorted, non-overlapping leaves of an outline), by binary search. */
function insideAny(ranges: readonly { start: number; end: number }[]): (at: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  return (at) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start <= at) lo = mid + 1;
      else hi = mid;
    }
    const r = sorted[lo - 1];
    return !!r && at < r.end;
  };
}

/**
 * The period the document reports on, for evidence: its own (an annual report's year), else the span of its figures'
 * periods, else its year up to its date.
 */
function reportingPeriod(
  observations: readonly DraftObservation[],
  entry: { period_start: string | null; period_end: string | null },
  date: string,
): { start: string; end: string } {
  if (entry.period_start && entry.period_end) return { start: entry.period_start, end: entry.period_end };
  const starts = observations.map((o) => o.period_start).sort();
  const ends = observations.map((o) => o.period_end).sort();
  return { start: starts[0] ?? `${date.slice(0, 4)}-01-01`, end: ends.at(-1) ?? date };
}
