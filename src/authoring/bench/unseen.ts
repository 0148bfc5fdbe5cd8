// The draft measured on documents it was never built on: the test samples in tests/fixtures/unseen (six genres,
// places and years the five sources do not cover), each with an answer key. Each sample is drafted against the
// project's corpus plus the other samples' plans (so that its reports have plans to bear on), and scored per genre.
// The same applies to any folder of samples in that format: tests/fixtures/holdout holds samples written without
// reading the draft's rules, reported on their own so that rules tuned on the unseen samples are measured honestly.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractMentions, type Mention } from '../../pipeline/extract/index.ts';
import type { JurisdictionRow } from '../../schemas/index.ts';
import { compact, stripWhite } from '../../shared/quotes.ts';
import type { Corpus, CorpusDoc, CuratedTask } from '../draft/corpus.ts';

export const UNSEEN_DIR = 'tests/fixtures/unseen';
/** Held-out samples: never to be looked at when tuning the draft (see their README). */
export const HOLDOUT_DIR = 'tests/fixtures/holdout';
/**
 * Every held-out set, oldest first. A set whose score was once used to tune is held out no longer: a new set is
 * written (blind to the draft's rules) and added here, each reported on its own.
 */
export const HOLDOUT_DIRS: readonly string[] = [HOLDOUT_DIR, 'tests/fixtures/holdout2'];

export interface KeyFigure {
  quote: string;
  number: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string;
  unit: string;
  indicator: string;
  new_name_zh?: string;
  flow_stock: string;
  period_start: string;
  period_end: string;
  place?: string;
  also_acceptable?: string[];
}

export interface SampleKey {
  genre: string;
  place: JurisdictionRow;
  document: {
    title_zh: string;
    issuer_zh: string;
    doc_number: string;
    date_issued: string;
    date_quote: string | null;
    period_start: string | null;
    period_end: string | null;
  };
  figures: KeyFigure[];
  tasks: { label: string; quote: string }[];
  evidence: { quote: string; plan: string; task_label: string }[];
  /** Passages a draft should not propose for a task (a promise, another district, a city-wide figure). */
  not_evidence?: { quote: string; plan: string; task_label: string; why: string }[];
}

export interface Sample {
  name: string;
  text: string;
  key: SampleKey;
}

/** The document kind each genre of sample is filed under (data/document-kinds.json). */
export const GENRE_KIND: Readonly<Record<string, string>> = {
  plan: 'implementation_plan',
  work_points: 'work_points',
  proposal_reply: 'proposal_reply',
  work_summary: 'work_summary',
  white_paper: 'white_paper',
  notice: 'notice',
};

/** The samples of a folder (relative to root): each NAME.txt with its NAME.expect.json, by name. */
export function loadSamples(root: string, folder: string = UNSEEN_DIR): Sample[] {
  const dir = join(root, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -4);
      return {
        name,
        text: readFileSync(join(dir, f), 'utf8'),
        key: JSON.parse(readFileSync(join(dir, `${name}.expect.json`), 'utf8')) as SampleKey,
      };
    });
}

const taskId = (plan: string, label: string) => `${plan}-t-${label.replace(/[^0-9一二三四五六七八九十]+/gu, '')}`;

/** The line of the plan that holds the key's task heading: the whole numbered item, as a curator would quote it. */
function taskOf(sample: Sample, t: { label: string; quote: string }): CuratedTask {
  const flat = sample.text.replace(/\r/gu, '');
  const at = flat.indexOf(t.quote);
  const line =
    at === -1
      ? t.quote
      : flat.slice(flat.lastIndexOf('\n', at) + 1, (flat.indexOf('\n', at) + 1 || flat.length + 1) - 1);
  return {
    id: taskId(sample.name, t.label),
    number: t.label,
    section_zh: '',
    summary_zh: t.quote,
    quote: line.trim(),
    type: 'qualitative',
  };
}

/** A sample's plan as the corpus holds a curated plan: its entry and its tasks. */
function planDoc(sample: Sample): CorpusDoc {
  const d = sample.key.document;
  return {
    entry: {
      id: sample.name,
      file: `${sample.name}.txt`,
      jurisdiction: sample.key.place.id,
      level: sample.key.place.level,
      kind: GENRE_KIND[sample.key.genre]!,
      date_issued: d.date_issued === 'not_stated' ? null : d.date_issued,
      period_start: d.period_start,
      period_end: d.period_end,
    },
    text: sample.text,
    annotation: { document: sample.name, tasks: sample.key.tasks.map((t) => taskOf(sample, t)) },
  };
}

/** Every place the samples name, with stubs for the parents none of them describes, added to the project's own. */
export function placesOf(base: Corpus, samples: readonly Sample[]): Map<string, JurisdictionRow> {
  const places = new Map(base.catalogue.jurisdictions);
  for (const s of samples) if (!places.has(s.key.place.id)) places.set(s.key.place.id, s.key.place);
  for (const p of [...places.values()])
    if (p.parent && !places.has(p.parent))
      places.set(p.parent, {
        id: p.parent,
        name_zh: p.parent,
        name_en: p.parent,
        level: 'provincial',
        parent: null,
        code: '000000',
      });
  return places;
}

/** The corpus a sample is drafted against: the project's, the other samples' plans, and every sample's place. */
export function corpusFor(base: Corpus, samples: readonly Sample[], leaveOut: string): Corpus {
  const plans = samples.filter((s) => s.name !== leaveOut && s.key.tasks.length > 0).map(planDoc);
  return {
    ...base,
    docs: [...base.docs, ...plans],
    catalogue: { ...base.catalogue, jurisdictions: placesOf(base, samples) },
  };
}

/** Hits and totals of one measure. */
export interface Ratio {
  hit: number;
  of: number;
}
const ratio = (): Ratio => ({ hit: 0, of: 0 });
const tally = (r: Ratio, ok: boolean) => {
  r.of++;
  if (ok) r.hit++;
};

export interface UnseenScore {
  name: string;
  genre: string;
  /** Right catalogue id, or rightly "new". */
  indicator: Ratio;
  /** Of the key's new indicators: proposed as new, named with the key's object and action words. */
  newNamed: Ratio;
  period: Ratio;
  /** Every figure the text states as a fall (下降, 减少, 增长-3.2%): drafted with its negative value. */
  sign: Ratio;
  date: Ratio;
  docNumber: Ratio;
  /** Suggestions no passage could support (another place, another period, an earlier date, the document itself). */
  impossible: number;
  /** Suggestions of a passage the key names as a decoy for that task. */
  decoys: number;
  suggestions: number;
  /** The key's evidence links found among the task's three best suggestions. */
  evidenceTop3: Ratio;
  /** Each figure the draft got wrong, what the key says and what the draft says (`bench:draft --explain`). */
  misses: Miss[];
}

export interface Miss {
  number: string;
  quote: string;
  /** indicator, name or period */
  what: string;
  key: string;
  drafted: string;
}

/** What the scorer needs of a draft: the shapes both the old and the new draft give. */
export interface ScoredDraft {
  entry: Record<string, unknown>;
  annotation: {
    observations: {
      quote: string;
      mention: string;
      indicator: string | null;
      value: number;
      low?: number;
      high?: number;
      period_start: string;
      period_end: string;
      proposed_indicator?: { name_zh: string };
    }[];
    evidence_suggestions: { task: string; plan: string; quote: string; score: number }[];
  };
}

const STATISTIC = new Set(['quantity', 'money', 'percent']);

/** Where each drafted observation's mention starts in the text. */
function draftedAt(text: string, mentions: readonly Mention[], draft: ScoredDraft) {
  const source = compact(text);
  const byStart = new Map<number, ScoredDraft['annotation']['observations'][number]>();
  for (const o of draft.annotation.observations) {
    const q = stripWhite(o.quote);
    const at = source.text.indexOf(q);
    if (at === -1) continue;
    const from = source.origin[at]!;
    const to = source.origin[at + q.length - 1]! + 1;
    const m = mentions.find((x) => x.start >= from && x.end <= to && x.text === o.mention);
    if (m) byStart.set(m.start, o);
  }
  return byStart;
}

/** The statistic the key's figure points at: inside its quote, written with the key's number. */
function keyed(text: string, source: ReturnType<typeof compact>, mentions: readonly Mention[], f: KeyFigure) {
  const q = stripWhite(f.quote);
  const at = source.text.indexOf(q);
  if (at === -1) return undefined;
  const from = source.origin[at]!;
  const to = source.origin[at + q.length - 1]! + 1;
  const number = stripWhite(f.number);
  const inside = mentions.filter((m) => m.start >= from && m.end <= to && STATISTIC.has(m.kind));
  // The last such mention: a key quotes the clause up to its number (“158件，结案149件” keys 149).
  return inside.filter((m) => stripWhite(m.text).includes(number)).at(-1);
}

/** The object and action words of a name, by the glossary's roles: what a new indicator's name must keep. */
export type KeyWords = (name: string) => string[];

function spanOf(source: ReturnType<typeof compact>, quote: string): [number, number] | null {
  const q = stripWhite(quote);
  const at = source.text.indexOf(q);
  return at === -1 ? null : [at, at + q.length];
}

export interface PlanFacts {
  id: string;
  place: string;
  date: string | null;
  start: string | null;
  end: string | null;
}

/**
 * Whether a suggestion is impossible as evidence, by the rules a curator applies whatever the words: the document
 * itself; a plan of a place the document's place neither is nor encloses; a plan of a smaller place the passage does
 * not name; a plan whose period the document's does not overlap (unless the document is the plan of the period just
 * after it, which may carry its tasks on); a plan issued after the document.
 */
export function impossible(
  doc: { id: string; place: string; date: string | null; start: string; end: string; plan: boolean },
  plan: PlanFacts,
  passage: string,
  places: ReadonlyMap<string, JurisdictionRow>,
): boolean {
  if (plan.id === doc.id) return true;
  const chain: string[] = [];
  for (let p: string | null = plan.place; p && !chain.includes(p); p = places.get(p)?.parent ?? null) chain.push(p);
  if (!chain.includes(doc.place)) return true;
  if (plan.place !== doc.place) {
    const name = places.get(plan.place)?.name_zh ?? plan.place;
    const short = name.replace(/(?:新区|区|县|市)$/u, '');
    if (!passage.includes(name) && !(short.length >= 2 && passage.includes(short))) return true;
  }
  // A plan may carry on the tasks of the plan of the period just before its own.
  const before =
    doc.plan && !!plan.end && plan.end < doc.start && Number(plan.end.slice(0, 4)) >= Number(doc.start.slice(0, 4)) - 1;
  if (plan.start && plan.end && (doc.end < plan.start || doc.start > plan.end) && !before) return true;
  return !!(doc.date && plan.date && doc.date < plan.date);
}

/** The period a sample reports on: its own, or (a reply) the span of its figures. */
function reportingPeriod(key: SampleKey): { start: string; end: string } {
  if (key.document.period_start && key.document.period_end)
    return { start: key.document.period_start, end: key.document.period_end };
  const starts = key.figures.map((f) => f.period_start).sort();
  const ends = key.figures.map((f) => f.period_end).sort();
  const year = key.document.date_issued.slice(0, 4);
  return { start: starts[0] ?? `${year}-01-01`, end: ends.at(-1) ?? `${year}-12-31` };
}

export function scoreSample(
  sample: Sample,
  draft: ScoredDraft,
  plans: ReadonlyMap<string, PlanFacts>,
  places: ReadonlyMap<string, JurisdictionRow>,
  keyWords: KeyWords,
): UnseenScore {
  const { text, key } = sample;
  const source = compact(text);
  const mentions = extractMentions(text);
  const drafted = draftedAt(text, mentions, draft);
  const s: UnseenScore = {
    name: sample.name,
    genre: key.genre,
    indicator: ratio(),
    newNamed: ratio(),
    period: ratio(),
    sign: ratio(),
    date: ratio(),
    docNumber: ratio(),
    impossible: 0,
    decoys: 0,
    suggestions: 0,
    evidenceTop3: ratio(),
    misses: [],
  };
  const miss = (f: KeyFigure, what: string, keyed: string, drafted: string) =>
    s.misses.push({ number: f.number, quote: f.quote, what, key: keyed, drafted });
  for (const f of key.figures) {
    const m = keyed(text, source, mentions, f);
    const o = m ? drafted.get(m.start) : undefined;
    const ok = f.indicator === 'new' ? o?.indicator === null : o?.indicator === f.indicator;
    const decided = ok || (!!o && (f.also_acceptable ?? []).includes(o.indicator ?? 'new'));
    tally(s.indicator, decided);
    if (!decided) miss(f, 'indicator', f.indicator, o ? (o.indicator ?? 'new') : 'not drafted');
    if (f.indicator === 'new') {
      const name = o?.indicator === null ? (o.proposed_indicator?.name_zh ?? '') : '';
      const words = keyWords(f.new_name_zh ?? '');
      const named = !!name && (name === f.new_name_zh || (words.length > 0 && words.every((w) => name.includes(w))));
      tally(s.newNamed, named);
      if (!named && name) miss(f, 'name', `${f.new_name_zh} [${words.join(' ')}]`, name);
    }
    const timed = !!o && o.period_start === f.period_start && o.period_end === f.period_end;
    tally(s.period, timed);
    if (!timed && o) miss(f, 'period', `${f.period_start}/${f.period_end}`, `${o.period_start}/${o.period_end}`);
    const signed = f.value ?? f.low;
    if (signed !== null && signed < 0) {
      const read = o ? (f.value === null ? o.low : o.value) : undefined;
      tally(s.sign, read !== undefined && Math.abs(read - signed) < 1e-9);
    }
  }
  const entry = draft.entry;
  const date = key.document.date_issued === 'not_stated' ? null : key.document.date_issued;
  tally(s.date, (entry.date_issued ?? null) === date);
  tally(s.docNumber, entry.doc_number === key.document.doc_number);
  const period = reportingPeriod(key);
  const doc = { id: sample.name, place: key.place.id, date, ...period, plan: key.tasks.length > 0 };
  const byTask = new Map<string, ScoredDraft['annotation']['evidence_suggestions']>();
  for (const e of draft.annotation.evidence_suggestions) {
    s.suggestions++;
    const plan = plans.get(e.plan);
    if (!plan || impossible(doc, plan, e.quote, places)) s.impossible++;
    byTask.set(e.task, [...(byTask.get(e.task) ?? []), e]);
  }
  const overlaps = (a: string, b: string) => {
    const x = spanOf(source, a);
    const y = spanOf(source, b);
    return !!x && !!y && x[0] < y[1] && y[0] < x[1];
  };
  for (const decoy of key.not_evidence ?? [])
    s.decoys += (byTask.get(taskId(decoy.plan, decoy.task_label)) ?? []).filter((e) =>
      overlaps(e.quote, decoy.quote),
    ).length;
  for (const link of key.evidence) {
    const want = spanOf(source, link.quote);
    const top = [...(byTask.get(taskId(link.plan, link.task_label)) ?? [])]
      .sort((a, b) => b.score - a.score)
      .slice(0, 3);
    tally(
      s.evidenceTop3,
      !!want &&
        top.some((e) => {
          const got = spanOf(source, e.quote);
          return !!got && got[0] < want[1] && want[0] < got[1];
        }),
    );
  }
  return s;
}

/** Each sample's plan facts, and the project's plans', for the impossibility check. */
export function planFacts(corpus: Corpus): Map<string, PlanFacts> {
  return new Map(
    corpus.docs.map((d) => [
      d.entry.id,
      {
        id: d.entry.id,
        place: d.entry.jurisdiction,
        date: d.entry.date_issued,
        start: d.entry.period_start,
        end: d.entry.period_end,
      },
    ]),
  );
}

const MEASURES: [keyof UnseenScore, string, string][] = [
  ['indicator', 'indicator decision (right id, or rightly new)', '≥ 85 %'],
  ['newNamed', 'new indicator named with the key’s object and action words', ''],
  ['period', 'period', '≥ 90 %'],
  ['sign', 'falls drafted negative (下降, 减少, -3.2%)', '100 %'],
  ['date', 'document date', '≥ 95 %'],
  ['docNumber', 'document number', '≥ 95 %'],
  ['evidenceTop3', 'evidence: real links in the task’s top 3', '≥ 70 %'],
];

const cell = (r: Ratio) => (r.of ? `${r.hit}/${r.of} (${Math.round((100 * r.hit) / r.of)} %)` : '–');
const sum = (rs: Ratio[]) => rs.reduce((t, r) => ({ hit: t.hit + r.hit, of: t.of + r.of }), ratio());

/** A Markdown table: one row per measure, one column per genre and the total, with the aim. */
export function unseenTable(scores: readonly UnseenScore[]): string {
  const genres = [...new Set(scores.map((s) => s.genre))];
  const of = (g: string) => scores.filter((s) => s.genre === g);
  const head = `| measure | ${genres.join(' | ')} | all | aim |`;
  const rule = `|${' --- |'.repeat(genres.length + 3)}`;
  const rows = MEASURES.map(([key, label, aim]) => {
    const by = (list: readonly UnseenScore[]) => cell(sum(list.map((s) => s[key] as Ratio)));
    return `| ${label} | ${genres.map((g) => by(of(g))).join(' | ')} | ${by(scores)} | ${aim} |`;
  });
  const impossibleRow = (list: readonly UnseenScore[]) =>
    `${list.reduce((n, s) => n + s.impossible, 0)} of ${list.reduce((n, s) => n + s.suggestions, 0)}`;
  rows.push(
    `| evidence: impossible suggestions | ${genres.map((g) => impossibleRow(of(g))).join(' | ')} | ${impossibleRow(scores)} | 0 |`,
  );
  const decoyRow = (list: readonly UnseenScore[]) => String(list.reduce((n, s) => n + s.decoys, 0));
  rows.push(
    `| evidence: decoys the keys name, suggested | ${genres.map((g) => decoyRow(of(g))).join(' | ')} | ${decoyRow(scores)} | |`,
  );
  return [head, rule, ...rows].join('\n');
}
