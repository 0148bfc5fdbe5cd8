// Scores a draft made with --forget against the curated annotations of the same document: how much of the curation
// the draft would have got right had the document been new.
import { extractMentions } from '../../pipeline/extract/index.ts';
import { compact, findQuote, stripWhite, type Compact } from '../../shared/quotes.ts';
import type { CuratedAnnotation, CorpusEntry } from './corpus.ts';
import type { AnnotationDraft } from './draft.ts';
import { STATISTIC_KINDS } from './observations.ts';

/** Hits and totals of one measure. */
export interface Ratio {
  hit: number;
  of: number;
}

export interface DraftScore {
  document: string;
  indicatorFirst: Ratio;
  indicatorTop3: Ratio;
  period: Ratio;
  quote: Ratio;
  notStatistics: Ratio;
  tasksFound: Ratio;
  tasksReal: Ratio;
  /** The drafted task's first theme is one of the curated task's themes. */
  themeFirst: Ratio;
  evidenceTop3: Ratio;
  /** With the document's own indicators taken out of the catalogue: a new indicator proposed rather than a wrong one. */
  newIndicator: Ratio;
}

const ratio = (): Ratio => ({ hit: 0, of: 0 });
const tally = (r: Ratio, ok: boolean) => {
  r.of++;
  if (ok) r.hit++;
};

/** Offset of the mention a quote (and optional mention text) points at, or null when it cannot be placed. */
function mentionAt(text: string, source: Compact, quote: string, mention: string | undefined): number[] {
  const span = findQuote(source, quote)[0];
  if (!span) return [];
  const inside = extractMentions(text.slice(span.start, span.end)).filter(
    (m) => STATISTIC_KINDS.has(m.kind) && (mention === undefined || m.text === mention),
  );
  return inside.map((m) => span.start + m.start);
}

const contains = (a: string, b: string) => stripWhite(a).includes(stripWhite(b));
const ONE_SENTENCE = /[。！？；](?=.)/u;

export function scoreDraft(
  entry: CorpusEntry,
  text: string,
  curated: CuratedAnnotation,
  evidenceFromHere: { task: string; quote: string }[],
  draft: AnnotationDraft,
  withoutOwn?: { draft: AnnotationDraft; catalogue: Set<string> },
): DraftScore {
  const source = compact(text);
  const score: DraftScore = {
    document: entry.id,
    indicatorFirst: ratio(),
    indicatorTop3: ratio(),
    period: ratio(),
    quote: ratio(),
    notStatistics: ratio(),
    tasksFound: ratio(),
    tasksReal: ratio(),
    themeFirst: ratio(),
    evidenceTop3: ratio(),
    newIndicator: ratio(),
  };
  const drafted = new Map(draft.observations.map((o) => [mentionAt(text, source, o.quote, o.mention)[0], o]));
  const draftedNot = new Set(draft.not_statistics.flatMap((n) => mentionAt(text, source, n.quote, n.mention)));
  for (const c of curated.observations ?? []) {
    const at = mentionAt(text, source, c.quote, c.mention)[0];
    const o = at === undefined ? undefined : drafted.get(at);
    const ids = o?.indicator_candidates.map((x) => x.id) ?? [];
    tally(score.indicatorFirst, ids[0] === c.indicator);
    tally(score.indicatorTop3, ids.includes(c.indicator));
    const p = c as unknown as { period_start: string; period_end: string };
    tally(score.period, !!o && o.period_start === p.period_start && o.period_end === p.period_end);
    tally(score.quote, !!o && contains(o.quote, o.mention) && !ONE_SENTENCE.test(o.quote.trim()));
  }
  if (withoutOwn) {
    const blind = new Map(
      withoutOwn.draft.observations.map((o) => [mentionAt(text, source, o.quote, o.mention)[0], o]),
    );
    for (const c of curated.observations ?? []) {
      if (withoutOwn.catalogue.has(c.indicator)) continue;
      const at = mentionAt(text, source, c.quote, c.mention)[0];
      tally(score.newIndicator, at !== undefined && blind.get(at)?.indicator === null);
    }
  }
  for (const n of curated.not_statistics ?? [])
    for (const at of mentionAt(text, source, n.quote, n.mention)) tally(score.notStatistics, draftedNot.has(at));
  const tasks = curated.tasks ?? [];
  for (const t of tasks) {
    const found = draft.tasks.find((d) => contains(d.quote, t.quote));
    tally(score.tasksFound, !!found);
    if (t.themes?.length) tally(score.themeFirst, !!found?.themes?.[0] && t.themes.includes(found.themes[0]));
  }
  for (const d of draft.tasks)
    tally(
      score.tasksReal,
      tasks.some((t) => contains(d.quote, t.quote) || contains(t.quote, d.quote)),
    );
  for (const e of evidenceFromHere)
    tally(
      score.evidenceTop3,
      draft.evidence_suggestions.some(
        (s) => s.task === e.task && (contains(s.quote, e.quote) || contains(e.quote, s.quote)),
      ),
    );
  return score;
}

const MEASURES: [keyof Omit<DraftScore, 'document'>, string, number][] = [
  ['indicatorFirst', 'indicator first', 80],
  ['indicatorTop3', 'indicator top 3', 95],
  ['period', 'period', 90],
  ['quote', 'quote ≤ 1 sentence', 100],
  ['notStatistics', 'not-statistics found', 0],
  ['tasksFound', 'tasks found', 95],
  ['tasksReal', 'tasks real', 90],
  ['themeFirst', 'task theme first', 0],
  ['evidenceTop3', 'evidence in top 3', 70],
  ['newIndicator', 'new indicator proposed (own indicators removed)', 0],
];

const cell = (r: Ratio) => (r.of ? `${r.hit}/${r.of} (${Math.round((100 * r.hit) / r.of)} %)` : '–');

/** A Markdown table: one row per measure, one column per document and the total, with the aim. */
export function benchTable(scores: DraftScore[]): string {
  const head = `| measure | ${scores.map((s) => s.document).join(' | ')} | all | aim |`;
  const rule = `|${' --- |'.repeat(scores.length + 3)}`;
  const rows = MEASURES.map(([key, label, aim]) => {
    const all = scores.reduce((t, s) => ({ hit: t.hit + s[key].hit, of: t.of + s[key].of }), ratio());
    return `| ${label} | ${scores.map((s) => cell(s[key])).join(' | ')} | ${cell(all)} | ${aim ? `≥ ${aim} %` : ''} |`;
  });
  return [head, rule, ...rows].join('\n');
}
