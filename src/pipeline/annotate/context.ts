// What every annotation pass shares: the sources, their mention ledgers, the indicators, the ids taken so far and
// the rows resolved so far. Passes read and add to one context; none keeps state of its own.
import type {
  AnnotationFile,
  AssessmentAnnotation,
  DocumentKindRow,
  IndicatorRow,
  JurisdictionRow,
  ObservationRow,
  TargetRow,
  TaskDraft,
  TaskThemeRow,
  ThemeRow,
} from '../../schemas/index.ts';
import { extractMentions, sameCount, type Mention } from '../extract/index.ts';
import { DataError } from '../../shared/errors.ts';
import { MentionLedger } from './mentions.ts';
import type { Extract } from './mention-cache.ts';
import { findQuote, type Span } from '../../shared/quotes.ts';
import { invisibleCharacter } from '../../shared/text-checks.ts';
import type { Source } from '../sources/sources.ts';
import { inputs } from '../../shared/files.ts';
import type { PendingTaskLink } from './task-links.ts';

/** A curated assessment with where it was written, resolved later against all documents. */
export interface PendingAssessment {
  file: string;
  entry: string;
  plan: Source;
  annotation: AssessmentAnnotation;
}

/** A target waiting for every observation to be known (its baseline may be defined in another file). */
export interface PendingTarget {
  file: string;
  entry: string;
  plan: Source;
  task: TaskDraft;
  target: NonNullable<AnnotationFile['tasks'][number]['target']>;
}

type IdKind = 'observation' | 'task';

/** The curated vocabularies annotations are checked against. */
export interface Vocabularies {
  indicators: Map<string, IndicatorRow>;
  jurisdictions: Map<string, JurisdictionRow>;
  kinds: DocumentKindRow[];
  themes: Map<string, ThemeRow>;
}

export interface AnnotationContext extends Vocabularies {
  sources: Map<string, Source>;
  ledgers: Map<string, MentionLedger>;
  /** Id → the file that defined it, per kind of row whose ids are unique across files. */
  ids: Record<IdKind, Map<string, string>>;
  observations: ObservationRow[];
  tasks: TaskDraft[];
  taskThemes: TaskThemeRow[];
  targets: TargetRow[];
  assessments: PendingAssessment[];
  pendingTargets: PendingTarget[];
  taskLinks: PendingTaskLink[];
}

export function createContext(
  vocab: Vocabularies,
  sourceList: Source[],
  extract: Extract = extractMentions,
): AnnotationContext {
  return {
    ...vocab,
    sources: new Map(sourceList.map((s) => [s.entry.id, s])),
    ledgers: new Map(sourceList.map((s) => [s.entry.id, new MentionLedger(s, extract)])),
    ids: { observation: new Map(), task: new Map() },
    observations: [],
    tasks: [],
    taskThemes: [],
    targets: [],
    assessments: [],
    pendingTargets: [],
    taskLinks: [],
  };
}

/** Record an id, or stop when another entry already took it. */
export function claimId(ctx: AnnotationContext, kind: IdKind, id: string, file: string, entry: string): void {
  const prior = ctx.ids[kind].get(id);
  if (prior)
    throw new DataError(file, entry, `duplicate ${kind} id "${id}" (also in ${prior})`, `give each ${kind} its own id`);
  ctx.ids[kind].set(id, file);
}

export function indicatorOf(ctx: AnnotationContext, id: string, file: string, entry: string): IndicatorRow {
  const ind = ctx.indicators.get(id);
  if (!ind)
    throw new DataError(
      file,
      entry,
      `unknown indicator "${id}"`,
      `use an id from ${inputs.indicators} or add the indicator there`,
    );
  return ind;
}

export function checkJurisdiction(ctx: AnnotationContext, id: string, file: string, entry: string): void {
  if (!ctx.jurisdictions.has(id))
    throw new DataError(
      file,
      entry,
      `unknown jurisdiction "${id}"`,
      `use an id from ${inputs.jurisdictions}, or add the place there`,
    );
}

export function ledgerOf(ctx: AnnotationContext, source: Source): MentionLedger {
  return ctx.ledgers.get(source.entry.id)!;
}

/** Locate a quote exactly once in a source, or stop naming the entry. */
export function locate(source: Source, quote: string, file: string, entry: string): Span {
  const spans = findQuote(source.compact, quote);
  if (spans.length === 1) return spans[0]!;
  if (spans.length === 0) {
    const hidden = invisibleCharacter(quote);
    throw new DataError(
      file,
      entry,
      `quote "${quote}" is not in ${source.entry.file}${hidden ? `; the quote holds ${hidden}` : ''}`,
      hidden
        ? 'delete the invisible character (or copy the passage again from the source)'
        : 'copy the passage verbatim from the source (white space is ignored, every other character counts)',
    );
  }
  throw new DataError(
    file,
    entry,
    `quote "${quote}" occurs ${spans.length} times in ${source.entry.file}`,
    'lengthen the quote until it occurs exactly once',
  );
}

/** The provenance columns every quoted row carries. */
export function quoteFields(source: Source, quote: string, span: Span) {
  return {
    document_id: source.entry.id,
    doc_number: source.entry.doc_number,
    quote,
    quote_start: span.start,
    quote_end: span.end,
  };
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Where a number is read and what it is checked against. */
export interface NumberRead {
  span: Span;
  mention: string | undefined;
  curated: number;
  /** The bounds the curator gives a range (3-5家); both or neither. */
  low?: number | undefined;
  high?: number | undefined;
  indicator: IndicatorRow;
  file: string;
  entry: string;
  /** What the curated number is called in messages ("value", "target value"). */
  what: string;
}

/** Words that say what a change is measured against, kept in messages so that the curator sees the whole reading. */
const AGAINST = /(?:同比|环比|较上年|比上年|较去年|比去年|较上年度|较\s{0,2}\d{4}\s{0,2}年)\s{0,2}$/u;

/** The mention as the text words it, with what it is compared against: 同比下降6.0%. */
function phrase(ledger: MentionLedger, m: Mention): string {
  const before = ledger.source.text.slice(Math.max(0, m.start - 12), m.start);
  const against = AGAINST.exec(before)?.[0] ?? '';
  return `${against}${m.text}`.replace(/\s+/gu, '');
}

/**
 * The number a quote states, read by the extractor, checked against the value the curator typed (its sign, and a
 * range's bounds) and the unit of the indicator it is filed under.
 */
export function readNumber(ledger: MentionLedger, r: NumberRead): Mention & { value: number } {
  const m = ledger.pick(r.span, r.mention, r.file, r.entry);
  if (m.value === null)
    throw new DataError(
      r.file,
      r.entry,
      `the text "${m.text}" is not a number the extractor can read whole`,
      'mark it in not_statistics with a reason (or correct the source if it was mistyped), and quote another passage for the figure',
    );
  if (!sameNumber(m.value, r.curated)) {
    const flipped = sameNumber(m.value, -r.curated);
    throw new DataError(
      r.file,
      r.entry,
      flipped
        ? `${r.what} ${r.curated} has the wrong sign: the text says ${phrase(ledger, m)}: the ${r.what} is ${m.value}`
        : `${r.what} ${r.curated} disagrees with the text "${m.text}", which reads ${m.value}`,
      m.low !== undefined
        ? `set value to ${m.value} (a range's lower bound) with low ${m.low} and high ${m.high}`
        : `set value to ${m.value} (money in yuan with 万/亿 expanded, percentages as percent numbers, a fall negative), or quote the right passage`,
    );
  }
  checkRange(m, r);
  if (!sameCount(m.unit, r.indicator.unit))
    throw new DataError(
      r.file,
      r.entry,
      `the text "${m.text}" is in ${m.unit ?? 'no unit'}, but indicator "${r.indicator.id}" is in ${r.indicator.unit}`,
      'choose an indicator with the unit the text uses, or correct the indicator',
    );
  return { ...m, value: m.value };
}

/** A range in the text needs both bounds, as the text gives them; a single figure takes none. */
function checkRange(m: Mention, r: NumberRead): void {
  const given = r.low !== undefined || r.high !== undefined;
  if (m.low === undefined || m.high === undefined) {
    if (given)
      throw new DataError(
        r.file,
        r.entry,
        `low/high are given, but the text "${m.text}" states one figure, not a range`,
        'remove low and high',
      );
    return;
  }
  if (r.low === undefined || r.high === undefined || !sameNumber(r.low, m.low) || !sameNumber(r.high, m.high))
    throw new DataError(
      r.file,
      r.entry,
      `the text "${m.text}" states a range from ${m.low} to ${m.high}${given ? `, not ${r.low ?? '?'} to ${r.high ?? '?'}` : ''}`,
      `set low to ${m.low} and high to ${m.high} (and value to ${m.value}, the lower bound)`,
    );
}
