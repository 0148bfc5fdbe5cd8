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
import type { Mention } from '../extract/index.ts';
import { DataError } from '../../shared/errors.ts';
import { MentionLedger } from './mentions.ts';
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

export function createContext(vocab: Vocabularies, sourceList: Source[]): AnnotationContext {
  return {
    ...vocab,
    sources: new Map(sourceList.map((s) => [s.entry.id, s])),
    ledgers: new Map(sourceList.map((s) => [s.entry.id, new MentionLedger(s)])),
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
  indicator: IndicatorRow;
  file: string;
  entry: string;
  /** What the curated number is called in messages ("value", "target value"). */
  what: string;
}

/**
 * The number a quote states, read by the extractor, checked against the value the curator typed and the unit of the
 * indicator it is filed under.
 */
export function readNumber(ledger: MentionLedger, r: NumberRead): Mention & { value: number } {
  const m = ledger.pick(r.span, r.mention, r.file, r.entry);
  if (m.value === null || !sameNumber(m.value, r.curated))
    throw new DataError(
      r.file,
      r.entry,
      `${r.what} ${r.curated} disagrees with the text "${m.text}", which reads ${m.value}`,
      `set value to ${m.value} (money in yuan with 万/亿 expanded, percentages as percent numbers), or quote the right passage`,
    );
  if (m.unit !== r.indicator.unit)
    throw new DataError(
      r.file,
      r.entry,
      `the text "${m.text}" is in ${m.unit ?? 'no unit'}, but indicator "${r.indicator.id}" is in ${r.indicator.unit}`,
      'choose an indicator with the unit the text uses, or correct the indicator',
    );
  return { ...m, value: m.value };
}
