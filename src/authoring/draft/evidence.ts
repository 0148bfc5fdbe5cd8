// Evidence suggestions: passages of the new document that may report progress on a task of an earlier plan. Only
// where a passage can be evidence at all: the plan is another document, issued before this one; its period overlaps
// the period this one reports on; its place is this document's place or lies inside it, and then (a city's report
// on a district's plan) only passages that name that place. Promises (下一步, 工作打算) and problems are not
// progress. A plan may carry on the tasks of the plan of the period just before it. Ranked by BM25, kept above a floor, at most PER_TASK per task and PER_PASSAGE tasks per passage.
import { compact, findQuote } from '../../shared/quotes.ts';
import { enclosing } from './catalogue.ts';
import type { Corpus, CorpusDoc } from './corpus.ts';
import { Bm25, roundScore } from './similarity.ts';
import { fullSentenceAround, sentences } from './text.ts';

export interface EvidenceSuggestion {
  /** Id of the earlier plan's task, and the plan that sets it. */
  task: string;
  plan: string;
  quote: string;
  score: number;
}

const PER_TASK = 3;
const PER_PASSAGE = 3;
/**
 * A suggestion's score must reach FLOOR and a share RELATIVE of the best score any passage reaches for that task.
 * Tuned on half A of the unseen samples and the five curated documents (scripts/bench-draft.ts): every pair tried
 * (FLOOR 0, 4, 8; RELATIVE 0, 0.3, 0.5, 0.7) found all of half A's real links; RELATIVE 0.7 lost links of the five, and
 * of the rest FLOOR 8 with RELATIVE 0.5 suggested fewest. Half B is reported beside it.
 */
const FLOOR = 8;
const RELATIVE = 0.5;
/** Sentences shorter than this say too little to report on a task (headings, sign-offs). */
const MIN_CHARS = 12;
/** Sections that promise or regret rather than report: 下一步工作打算, 存在的问题. */
const NOT_PROGRESS = /下一步|打算|工作思路|工作计划|存在的?问题|不足/u;
const HEADING = /^[ \t\u3000]*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章部分])/u;

export interface EvidenceInput {
  id: string;
  text: string;
  jurisdiction: string;
  date: string | null;
  /** The period the document reports on (a plan: the period it plans for). */
  period: { start: string; end: string };
  /** A plan carries on the tasks of the plan just before it (a task still to do is carried over, not reported on). */
  plan: boolean;
}

/**
 * The plans the document can bear on: of its place or one inside it, issued before it, and covering a period that
 * overlaps what it reports on; for a plan, also the plan of the period just before its own, whose tasks it may carry on.
 */
export function plansFor(corpus: Corpus, input: EvidenceInput): CorpusDoc[] {
  const date = input.date;
  if (!date) return [];
  return corpus.docs.filter((d) => {
    const e = d.entry;
    if (e.id === input.id || d.text === input.text || !corpus.catalogue.kinds.get(e.kind)?.is_plan) return false;
    if (!enclosing(corpus.catalogue, e.jurisdiction).includes(input.jurisdiction)) return false;
    if (!e.date_issued || e.date_issued > date) return false;
    const start = e.period_start ?? e.date_issued;
    const end = e.period_end ?? '9999-12-31';
    if (input.period.start <= end && start <= input.period.end) return true;
    return (
      input.plan && end < input.period.start && Number(end.slice(0, 4)) >= Number(input.period.start.slice(0, 4)) - 1
    );
  });
}

interface Passage {
  text: string;
  /** The whole sentence it is part of (to 。): a place named at its head governs every part after ；. */
  sentence: string;
}

/** The document's sentences that can report progress: long enough, quotable once, outside promise sections. */
function passages(text: string): Passage[] {
  const source = compact(text);
  const skip = new Uint8Array(text.length + 1);
  let from = -1;
  let at = 0;
  for (const line of text.split('\n')) {
    if (HEADING.test(line)) {
      if (from !== -1) skip.fill(1, from, at);
      from = NOT_PROGRESS.test(line) ? at : -1;
    }
    at += line.length + 1;
  }
  if (from !== -1) skip.fill(1, from, text.length);
  const flat = (a: number, b: number) => text.slice(a, b).replace(/\s*\n\s*/gu, '');
  const all = sentences(text);
  // A sentence said twice cannot be quoted once: counted in one pass, not searched for one by one.
  const said = new Map<string, number>();
  for (const r of all) {
    const key = text.slice(r.start, r.end).replace(/\s+/gu, '');
    said.set(key, (said.get(key) ?? 0) + 1);
  }
  const out: Passage[] = [];
  for (const r of all) {
    if (said.get(text.slice(r.start, r.end).replace(/\s+/gu, ''))! > 1) continue;
    let start = r.start;
    // A heading line above the paragraph is not part of what it reports.
    const nl = text.slice(start, r.end).indexOf('\n') + start;
    if (nl >= start && HEADING.test(text.slice(start, nl)) && !/[。；！？]/u.test(text.slice(start, nl)))
      start = nl + 1;
    if (skip[start]) continue;
    const p = flat(start, r.end);
    if (p.length < MIN_CHARS) continue;
    if (findQuote(source, p).length !== 1) continue;
    const whole = fullSentenceAround(text, start, r.end);
    out.push({ text: p, sentence: flat(whole.start, whole.end) });
  }
  return out;
}

/** The names a passage must use to speak of a smaller place: 闵行区, or 闵行. */
function placeNames(corpus: Corpus, id: string): string[] {
  const name = corpus.catalogue.jurisdictions.get(id)?.name_zh ?? id;
  const short = name.replace(/(?:新区|自治县|区|县|市)$/u, '');
  return short.length >= 2 && short !== name ? [name, short] : [name];
}

export function suggestEvidence(corpus: Corpus, input: EvidenceInput): EvidenceSuggestion[] {
  const plans = plansFor(corpus, input);
  if (!plans.length) return [];
  const list = passages(input.text);
  if (!list.length) return [];
  const index = new Bm25(list.map((p) => p.text));
  const found: EvidenceSuggestion[] = [];
  for (const plan of plans) {
    const names = plan.entry.jurisdiction === input.jurisdiction ? null : placeNames(corpus, plan.entry.jurisdiction);
    for (const task of plan.annotation.tasks ?? []) {
      const scores = index.score([task.summary_zh, task.quote].join('。'));
      const allowed = scores.map((_, i) => !names || names.some((n) => list[i]!.sentence.includes(n)));
      const best = Math.max(0, ...scores.filter((_, i) => allowed[i]));
      scores
        .map((score, i) => ({ score, i }))
        .filter((s) => allowed[s.i] && s.score >= FLOOR && s.score >= RELATIVE * best)
        .sort((a, b) => b.score - a.score || a.i - b.i)
        .slice(0, PER_TASK)
        .forEach((s) => {
          // Quoted with the place it speaks of: the whole sentence where only its head names the place.
          const p = list[s.i]!;
          const quote = names && !names.some((n) => p.text.includes(n)) ? p.sentence : p.text;
          found.push({ task: task.id, plan: plan.entry.id, quote, score: roundScore(s.score) });
        });
    }
  }
  // A passage reports on a few tasks at most: keep its best PER_PASSAGE.
  const perPassage = new Map<string, number>();
  return found
    .map((s, k) => ({ s, k }))
    .sort((a, b) => b.s.score - a.s.score || a.k - b.k)
    .filter(({ s }) => {
      const n = perPassage.get(s.quote) ?? 0;
      perPassage.set(s.quote, n + 1);
      return n < PER_PASSAGE;
    })
    .sort((a, b) => a.k - b.k)
    .map(({ s }) => s);
}
