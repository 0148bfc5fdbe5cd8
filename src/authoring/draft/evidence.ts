// Evidence suggestions: for every task of an earlier plan of the same or an enclosing place, the passages of the new
// document most likely to report on it, by BM25 over the new document's sentences.
import { compact, stripWhite } from '../../shared/quotes.ts';
import { canReportOn } from './catalogue.ts';
import type { Corpus } from './corpus.ts';
import { Bm25, roundScore } from './similarity.ts';
import { sentences } from './text.ts';

export interface EvidenceSuggestion {
  /** Id of the earlier plan's task, and the plan that sets it. */
  task: string;
  plan: string;
  quote: string;
  score: number;
}

const PER_TASK = 3;
/** Sentences shorter than this say too little to report on a task (headings, sign-offs). */
const MIN_CHARS = 12;

export function suggestEvidence(
  corpus: Corpus,
  input: { id: string; text: string; jurisdiction: string; date: string | null },
): EvidenceSuggestion[] {
  const source = compact(input.text);
  const passages = sentences(input.text)
    .map((r) => input.text.slice(r.start, r.end).replace(/\s*\n\s*/gu, ''))
    .filter((p) => p.length >= MIN_CHARS)
    .filter((p) => {
      const q = stripWhite(p);
      const at = source.text.indexOf(q);
      return at !== -1 && source.text.indexOf(q, at + 1) === -1;
    });
  if (!passages.length) return [];
  const index = new Bm25(passages);
  const out: EvidenceSuggestion[] = [];
  const plans = corpus.docs.filter(
    (d) =>
      d.entry.id !== input.id &&
      corpus.catalogue.kinds.get(d.entry.kind)?.is_plan &&
      canReportOn(corpus.catalogue, input.jurisdiction, d.entry.jurisdiction) &&
      (!input.date || !d.entry.date_issued || d.entry.date_issued <= input.date),
  );
  for (const plan of plans) {
    for (const task of plan.annotation.tasks ?? []) {
      const scores = index.score([task.summary_zh, task.quote].join('。'));
      scores
        .map((score, i) => ({ score, i }))
        .filter((s) => s.score > 0)
        .sort((a, b) => b.score - a.score || a.i - b.i)
        .slice(0, PER_TASK)
        .forEach((s) =>
          out.push({ task: task.id, plan: plan.entry.id, quote: passages[s.i]!, score: roundScore(s.score) }),
        );
    }
  }
  return out;
}
