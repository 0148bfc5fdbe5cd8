// Draft observations and not-statistics for every count, amount and percentage of a new document: each figure's
// period (periods.ts), and its indicator, decided honestly: a catalogue indicator only where it counts the same
// thing (object, action, unit, flow or stock), else a new one named from the document's own words.
import type { Mention } from '../../pipeline/extract/index.ts';
import { compact } from '../../shared/quotes.ts';
import type { Candidate, Figure, IndicatorMatcher } from './indicators.ts';
import { englishName, nameFigure, type Named } from './naming.ts';
import { notStatisticReason } from './not-statistics.ts';
import { figureTimes, flowStockOf, periodOf, saidOf, type FlowStock, type TimeContext } from './periods.ts';
import { clauseQuote } from './quotes.ts';
import { clauseAround, quotedMask, type Range } from './text.ts';

export const STATISTIC_KINDS = new Set(['quantity', 'money', 'percent']);

export interface DraftObservation {
  draft: true;
  id: string;
  indicator: string | null;
  /** The catalogue's indicators that agree with the figure, best first, with their names and definitions. */
  indicator_candidates: Candidate[];
  /** Where no catalogue indicator counts the same thing: a new one, named from the document's words. */
  proposed_indicator?: {
    id: string;
    name_zh: string;
    name_en: string;
    /** Parts of the Chinese name the glossary has no English for: the curator translates them. */
    untranslated_zh: string[];
    unit: string | null;
    flow_stock: FlowStock;
    base: string | null;
  };
  jurisdiction: string;
  period_start: string;
  period_end: string;
  quote: string;
  mention: string;
  value: number;
  /** A range's bounds (3-5家), as the text states them. */
  low?: number;
  high?: number;
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

const SENTENCE_END = /[。！？；\n]/u;
const CLAUSE_MARK = /[，,：:；;。！？\n]/u;
/** 分别 before a run of changes pairs them, in order, with the figures before it. */
const RESPECTIVELY = /分别/u;

/** Where a figure's own words start: after the clause mark or the number before it, whichever is nearer. */
function ownStart(text: string, m: Mention, previousEnd: number): number {
  let at = m.start;
  while (at > previousEnd && at > m.start - 40 && !CLAUSE_MARK.test(text[at - 1]!)) at--;
  return at;
}

function sentenceStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && i > at - 200 && !SENTENCE_END.test(text[i - 1]!)) i--;
  return i;
}

/** The words after a number up to the clause's end or the next number: 37家出海企业开展风险排查 → 出海企业开展风险排查. */
function after(text: string, m: Mention, nextStart: number): string {
  let at = m.end;
  while (at < text.length && at < nextStart && at < m.end + 30 && !CLAUSE_MARK.test(text[at]!)) at++;
  return text.slice(m.end, at).trim();
}

interface Decided extends Named {
  indicator: string | null;
}

export function draftMentions(
  matcher: IndicatorMatcher,
  input: {
    id: string;
    text: string;
    jurisdiction: string;
    time: TimeContext;
    mentions: readonly Mention[];
    inTask: (at: number) => boolean;
  },
): MentionDrafts {
  const { text, mentions } = input;
  const source = compact(text);
  const mask = quotedMask(text);
  const out: MentionDrafts = { observations: [], not_statistics: [], targets: [] };
  const figures: Mention[] = [];
  for (const m of mentions) {
    if (m.kind === 'unreadable') {
      const q = clauseQuote(text, source, m.start, m.end);
      out.not_statistics.push({
        draft: true,
        quote: text.slice(q.start, q.end),
        mention: m.text,
        reason:
          'the extractor cannot read this number whole: check it against the original, and file it or correct the text',
        reason_zh: '无法完整读取的数字：请对照原件核实，再作处理',
      });
      continue;
    }
    if (!STATISTIC_KINDS.has(m.kind) || m.value === null) continue;
    const reason = notStatisticReason(text, m, mask);
    if (reason) {
      const q = clauseQuote(text, source, m.start, m.end);
      out.not_statistics.push({
        draft: true,
        quote: text.slice(q.start, q.end),
        mention: m.text,
        reason: reason.en,
        reason_zh: reason.zh,
      });
      continue;
    }
    if (input.inTask(m.start) && isTargetMention(text, m, clauseAround(text, m.start, m.end))) {
      out.targets.push(m);
      continue;
    }
    figures.push(m);
  }
  const times = figureTimes(text, mentions, figures, input.time, mask);
  // Per sentence, the figures decided so far: a change (同比下降6.0%) is the change of the figure it follows.
  let sentence = -1;
  let bases: Decided[] = [];
  let paired: Decided[] = [];
  figures.forEach((m, k) => {
    const t = times.get(m.start)!;
    const prevEnd = k > 0 ? figures[k - 1]!.end : 0;
    const own = ownStart(text, m, prevEnd);
    const s = sentenceStart(text, m.start);
    if (s !== sentence) {
      sentence = s;
      bases = [];
      paired = [];
    }
    const ownText = text.slice(own, m.start);
    const fig: Figure = {
      unit: m.unit,
      percent: m.kind === 'percent',
      growth: t.growth,
      cue: saidOf(t),
      own: ownText,
      after: after(text, m, figures[k + 1]?.start ?? text.length),
      sentence: text.slice(s, own),
      wider: text.slice(Math.max(0, own - 60), own),
    };
    let base: Decided | undefined;
    if (t.growth) {
      // 投保801笔，保额2.9亿元，分别同比增长115.9%和94.5%: a run of changes after 分别 pairs, in order, with as many
      // figures before it; a change otherwise is of the figure just before it.
      if (paired.length === 0 && RESPECTIVELY.test(text.slice(s, m.start))) {
        let run = 0;
        while (
          figures[k + run] &&
          sentenceStart(text, figures[k + run]!.start) === s &&
          times.get(figures[k + run]!.start)!.growth
        )
          run++;
        paired = run > 1 ? bases.slice(-run) : [];
      }
      base = paired.length ? paired.shift() : bases.at(-1);
    }
    const decision = matcher.decide(fig, base?.indicator ?? null);
    const n = out.observations.length + 1;
    const chosen = decision.indicator;
    const kind = flowStockOf(t, chosen?.flow_stock ?? null);
    const q = clauseQuote(text, source, m.start, m.end);
    const obs: DraftObservation = {
      draft: true,
      id: `${input.id}-${String(n).padStart(3, '0')}`,
      indicator: chosen?.id ?? null,
      indicator_candidates: decision.candidates,
      jurisdiction: input.jurisdiction,
      ...periodOf(t, kind),
      quote: text.slice(q.start, q.end),
      mention: m.text,
      value: m.value!,
      ...(m.low === undefined ? {} : { low: m.low, high: m.high }),
      unit: m.unit,
      qualifier: m.qualifier,
    };
    const named = nameFigure(matcher.glossary, fig, base ?? bases.at(-1) ?? null);
    if (!chosen)
      obs.proposed_indicator = {
        id: `${input.id}-indicator-${String(n).padStart(3, '0')}`,
        name_zh: named.name,
        ...englishName(matcher.glossary, named.name),
        unit: m.unit,
        flow_stock: kind,
        base: t.growth ? (base?.indicator ?? null) : null,
      };
    if (!t.growth) bases.push({ ...named, indicator: obs.indicator });
    out.observations.push(obs);
  });
  return out;
}
