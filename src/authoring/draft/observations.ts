// Draft observations and not-statistics for every count, amount and percentage of a new document.
import { extractMentions, type Mention } from '../../pipeline/extract/index.ts';
import { compact } from '../../shared/quotes.ts';
import type { Corpus, IndicatorEntry } from './corpus.ts';
import { notStatisticReason } from './not-statistics.ts';
import { governingPeriod } from './periods.ts';
import { clauseQuote } from './quotes.ts';
import { Bm25, roundScore } from './similarity.ts';
import { clauseAround, quotedMask, type Range } from './text.ts';

export const STATISTIC_KINDS = new Set(['quantity', 'money', 'percent']);

export interface DraftObservation {
  draft: true;
  id: string;
  indicator: string | null;
  indicator_candidates: { id: string; score: number }[];
  proposed_indicator?: { id: string; name_zh: string; unit: string | null };
  jurisdiction: string;
  period_start: string;
  period_end: string;
  quote: string;
  mention: string;
  value: number;
  unit: string | null;
  qualifier: string;
}

export interface DraftNotStatistic {
  draft: true;
  quote: string;
  mention: string;
  /** Why, in English and in Chinese. */
  reason: string;
  reason_zh: string;
}

/** Below this BM25 score no existing indicator is taken to fit, and a new one is proposed. */
const FIT = 3;

/** What each indicator is about: its name and definition, and the passages already filed under it. */
function profiles(corpus: Corpus): string[] {
  const uses = new Map<string, string[]>();
  const add = (id: string, quote: string) => uses.set(id, [...(uses.get(id) ?? []), quote]);
  for (const d of corpus.docs) {
    for (const o of d.annotation.observations ?? []) add(o.indicator, o.quote);
    for (const t of d.annotation.tasks ?? []) if (t.target) add(t.target.indicator, t.target.quote);
  }
  return corpus.indicators.map((i) => [i.name_zh, i.name_zh, i.definition_zh, ...(uses.get(i.id) ?? [])].join('。'));
}

/** Ranks the catalogue's indicators for a passage; only indicators in the number's own unit are candidates. */
export class IndicatorMatcher {
  private readonly index: Bm25;
  private readonly indicators: readonly IndicatorEntry[];
  constructor(corpus: Corpus) {
    this.indicators = corpus.indicators;
    this.index = new Bm25(profiles(corpus));
  }

  rank(unit: string | null, near: string, wider: string): { id: string; score: number }[] {
    const a = this.index.score(near);
    const b = this.index.score(wider);
    return this.indicators
      .map((ind, i) => ({ id: ind.id, unit: ind.unit, score: roundScore(a[i]! + 0.3 * b[i]!) }))
      .filter((c) => c.unit === unit && c.score > 0)
      .sort((x, y) => y.score - x.score || x.id.localeCompare(y.id))
      .slice(0, 3)
      .map(({ id, score }) => ({ id, score }));
  }
}

/** Words that set a target rather than report a figure, just before the number. */
const TARGET_VERB = /(达到|达|不低于|不少于|不超过|超过|提高到|提升至|提升到|增长到|力争|实现|突破|保持在|控制在)\s*$/u;

export function isTargetMention(text: string, m: Mention, clause: Range): boolean {
  return TARGET_VERB.test(text.slice(Math.max(clause.start, m.start - 6), m.start));
}

export interface MentionDrafts {
  observations: DraftObservation[];
  not_statistics: DraftNotStatistic[];
  /** Statistics that set a target: left to the task that holds them. */
  targets: Mention[];
}

export function draftMentions(
  corpus: Corpus,
  matcher: IndicatorMatcher,
  input: { id: string; text: string; jurisdiction: string; date: string; inTask: (at: number) => boolean },
): MentionDrafts {
  const { text } = input;
  const source = compact(text);
  const mentions = extractMentions(text);
  const times = mentions.filter((m) => m.kind === 'date' || m.kind === 'year_range');
  const mask = quotedMask(text);
  const out: MentionDrafts = { observations: [], not_statistics: [], targets: [] };
  for (const m of mentions) {
    if (!STATISTIC_KINDS.has(m.kind) || m.value === null) continue;
    const q = clauseQuote(text, source, m.start, m.end);
    const quote = text.slice(q.start, q.end);
    const reason = notStatisticReason(text, m, mask);
    if (reason) {
      out.not_statistics.push({ draft: true, quote, mention: m.text, reason: reason.en, reason_zh: reason.zh });
      continue;
    }
    const clause = clauseAround(text, m.start, m.end);
    if (input.inTask(m.start) && isTargetMention(text, m, clause)) {
      out.targets.push(m);
      continue;
    }
    const near = text.slice(clause.start, clause.end).replace(m.text, ' ');
    const wider = text.slice(Math.max(0, clause.start - 60), clause.start);
    const candidates = matcher.rank(m.unit, near, wider);
    const best = candidates[0];
    const n = out.observations.length + 1;
    const obs: DraftObservation = {
      draft: true,
      id: `${input.id}-${String(n).padStart(3, '0')}`,
      indicator: best && best.score >= FIT ? best.id : null,
      indicator_candidates: candidates,
      jurisdiction: input.jurisdiction,
      ...governingPeriod(text, m, times, mask, input.date),
      quote,
      mention: m.text,
      value: m.value,
      unit: m.unit,
      qualifier: m.qualifier,
    };
    if (!obs.indicator)
      obs.proposed_indicator = {
        id: `${input.id}-indicator-${String(n).padStart(3, '0')}`,
        name_zh: near.replace(/[\s\d,.%，。；：]+/gu, '').slice(-16),
        unit: m.unit,
      };
    out.observations.push(obs);
  }
  return out;
}
