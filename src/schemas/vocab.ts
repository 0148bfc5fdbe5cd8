import { z } from 'zod';
import { field } from './describe.ts';

/**
 * A document's number (文号) where its text states none: a documented value of every document-number column, never a
 * placeholder. People never read it: the site writes 无文号 / "no document number" (src/site/words/doc-number.ts).
 */
export const NO_DOC_NUMBER = 'none';

/** A document-number column, described with what "none" means for the data dictionary and datapackage.json. */
export const docNumberField = <T extends z.ZodType>(schema: T, zh: string, en: string): T =>
  field(
    schema,
    `${zh}（原文无文号的为 ${NO_DOC_NUMBER}）`,
    `${en}; "${NO_DOC_NUMBER}" where the document's text states no number`,
  );

/** How the source hedges a number: 约/近/左右 approximate; 超过/余/多 more_than; 以上/不少于/不低于 at_least. */
export const Qualifier = z.enum(['exact', 'approximate', 'more_than', 'at_least']);
export type Qualifier = z.infer<typeof Qualifier>;

/**
 * Where a plan's task stands. `no_evidence` is the honest default: nothing published yet, which is not the same
 * as no progress. `carried_over`: a later document (a later plan, or a reply's next steps) lists the task as still to do.
 */
export const Status = z.enum(['achieved', 'in_progress', 'carried_over', 'no_evidence', 'not_achieved']);
export type Status = z.infer<typeof Status>;

/** What kind of promise a task is. Quantitative tasks carry a target whose status is computed, never typed. */
export const TaskType = z.enum(['quantitative', 'milestone', 'qualitative']);
export type TaskType = z.infer<typeof TaskType>;

/** How a later task relates to an earlier one: `continues` carries on all or part of its work. */
export const TaskLinkKind = z.enum(['continues']);
export type TaskLinkKind = z.infer<typeof TaskLinkKind>;

/** How an observed value must compare with a target for the target to be met. */
export const Comparator = z.enum(['gte', 'gt', 'lte', 'lt', 'eq']);
export type Comparator = z.infer<typeof Comparator>;

/**
 * Administrative level in China's hierarchy of divisions (GB/T 2260): one vocabulary for places (data/jurisdictions.json)
 * and for the documents they issue (data/sources/manifest.json). Shanghai is provincial, Weifang a prefecture, Jing'an
 * District a county-level division.
 */
export const Level = z.enum(['national', 'provincial', 'prefecture', 'county']);
export type Level = z.infer<typeof Level>;

/**
 * Kinds of numeric mention the extractor tells apart; only the first three can be statistics. `unreadable` is a number
 * the extractor cannot read whole (1.2e5元, 1,05,0, a 20-digit run): never a value, and never let pass unseen.
 */
export const MentionKind = z.enum([
  'quantity',
  'money',
  'percent',
  'date',
  'year_range',
  'ordinal',
  'reference',
  'contact',
  'unreadable',
]);
export type MentionKind = z.infer<typeof MentionKind>;
export const STATISTIC_KINDS: readonly MentionKind[] = ['quantity', 'money', 'percent'];
/** The kinds a curator must account for, one by one: the statistics, and the numbers the extractor could not read. */
export const ACCOUNTED_KINDS: readonly MentionKind[] = [...STATISTIC_KINDS, 'unreadable'];

/** ISO calendar date, YYYY-MM-DD. */
export const IsoDate = z.iso.date();

/** Lower-case kebab-case identifier, stable across builds (it appears in URLs and CSVs). */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case kebab-case, e.g. "court-cases-accepted"');

/** Id of a document kind (data/document-kinds.json): lower-case words joined by "_", as in CSVs since the start. */
export const KindId = z
  .string()
  .regex(/^[a-z]+(?:_[a-z]+)*$/, 'use lower-case words joined by "_", e.g. "work_summary"');
