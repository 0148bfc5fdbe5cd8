import { z } from 'zod';
import { Comparator, Id, IsoDate, Qualifier, Status, TaskLinkKind, TaskType } from './vocab.ts';

/**
 * A verbatim passage of a source. Matching ignores white space (the texts carry line breaks from page layout) and
 * must find the passage exactly once.
 */
const Quote = z.string().min(2);

/** Which numeric mention of a quote is meant, when the quote holds more than one statistic: its exact text. */
const MentionText = z.string().min(1).optional();

/** A statistic a document reports. Value and qualifier are read from the quote; the curated ones are checked. */
export const ObservationAnnotation = z.strictObject({
  /** Stable row id, unique across all annotation files. */
  id: Id,
  /** Indicator id from data/indicators.json. */
  indicator: Id,
  /** Where the statistic applies: an id from data/jurisdictions.json. */
  jurisdiction: Id,
  /** First day of the period the number covers (for a stock "as of" a date: that date). */
  period_start: IsoDate,
  /** Last day of the period the number covers. */
  period_end: IsoDate,
  /** Verbatim passage that contains the number. */
  quote: Quote,
  mention: MentionText,
  /**
   * The value as the curator reads it (yuan with 万/亿 expanded, percent as 95.38, a fall negative: 同比下降6.0% is -6);
   * for a range (3-5家), its lower bound. The build refuses a mismatch.
   */
  value: z.number(),
  /** A range's bounds as the text states them (3-5家: 3 and 5); only, and always, for a range. */
  low: z.number().optional(),
  high: z.number().optional(),
  /** The qualifier as the curator reads it; the build refuses a mismatch. */
  qualifier: Qualifier,
  /** Context a reader needs, in Chinese and English. */
  note_zh: z.string().optional(),
  note_en: z.string().optional(),
});
export type ObservationAnnotation = z.infer<typeof ObservationAnnotation>;

/** What a quantitative task must reach; its status is computed from observations. */
export const TargetAnnotation = z.strictObject({
  /** Indicator id the target is measured on. */
  indicator: Id,
  comparator: Comparator,
  /** Verbatim passage stating the target. */
  quote: Quote,
  mention: MentionText,
  /** Target value read from the quote; omit when the target is relative to a baseline or a reference. */
  value: z.number().optional(),
  /** A range target's bounds as the text states them (培育3-5家: 3 and 5, value 3); only, and always, for a range. */
  low: z.number().optional(),
  high: z.number().optional(),
  /**
   * The amount the text asks for when it names no number (一批 "a batch", 若干 "several"), above the baseline: a
   * figure above the baseline shows progress, but no figure can show the vague amount reached.
   */
  amount_zh: z.string().min(1).optional(),
  amount_en: z.string().min(1).optional(),
  /** Observation id of the baseline; with no value, the target is the baseline itself under the comparator. */
  baseline_observation: Id.optional(),
  /** A comparison level the text names without a number (e.g. 全市平均水平). */
  reference_zh: z.string().optional(),
  reference_en: z.string().optional(),
});
export type TargetAnnotation = z.infer<typeof TargetAnnotation>;

/** One commitment of a plan. */
export const TaskAnnotation = z.strictObject({
  /** Stable row id, unique across all annotation files. */
  id: Id,
  /** Task number as printed ("1", "（三）"), or a short label for unnumbered commitments. */
  number: z.string().min(1),
  /** Section heading in Chinese and English. */
  section_zh: z.string().min(1),
  section_en: z.string().min(1),
  /** One-line summary of the promise. */
  summary_zh: z.string().min(1),
  summary_en: z.string().min(1),
  /**
   * The whole numbered item, heading and body, verbatim (line breaks and spaces are ignored when it is located); where
   * the text numbers nothing, the whole sentence (see data/README.md, "Tasks: one rule for splitting").
   */
  quote: Quote,
  type: TaskType,
  /** Due date, only where the text states one (milestones must have one); otherwise the plan period's end is used. */
  deadline: IsoDate.optional(),
  /** The passage that states the deadline; required with `deadline`. */
  deadline_quote: Quote.optional(),
  /** One to three theme ids from data/themes.json. */
  themes: z.array(Id),
  /** Required for quantitative tasks, forbidden otherwise. */
  target: TargetAnnotation.optional(),
});
export type TaskAnnotation = z.infer<typeof TaskAnnotation>;

/** A later document's passage that shows where a task stands. */
export const EvidenceAnnotation = z.strictObject({
  /** Id of the document the quote is from; it must be dated on or after the plan. */
  document: Id,
  quote: Quote,
  /** What this passage shows, in Chinese and English. */
  note_zh: z.string().optional(),
  note_en: z.string().optional(),
});

/** A curated judgement of a non-quantitative task (quantitative ones are computed). */
export const AssessmentAnnotation = z.strictObject({
  /** Task id in the same file. A task may have several assessments, one per date: its history. */
  task: Id,
  status: Status,
  /** Date of the latest evidence the judgement rests on: the date of the newest document it cites. */
  as_of: IsoDate,
  /** One line on why, in Chinese and English. */
  rationale_zh: z.string().min(1),
  rationale_en: z.string().min(1),
  evidence: z.array(EvidenceAnnotation).default([]),
});
export type AssessmentAnnotation = z.infer<typeof AssessmentAnnotation>;

/** A numeric mention that is not a statistic (a slogan, a name, a count of nothing measurable), with why. */
export const NotStatisticAnnotation = z.strictObject({
  quote: Quote,
  /** Exact text of the one mention meant; omit to mark every statistic-like mention in the quote. */
  mention: MentionText,
  /** Why, in English. */
  reason: z.string().min(2),
  /** Why, in Chinese. */
  reason_zh: z.string().min(2),
});

/** A task of a later plan that carries on a task of an earlier one, with the later plan's passage that shows it. */
export const TaskLinkAnnotation = z.strictObject({
  /** Task id in an earlier plan. */
  from: Id,
  /** Task id in this file's plan. */
  to: Id,
  kind: TaskLinkKind,
  /** Verbatim passage of this file's document that shows the link. */
  quote: Quote,
});
export type TaskLinkAnnotation = z.infer<typeof TaskLinkAnnotation>;

/** Everything curated about one document: data/annotations/<document id>.json. */
export const AnnotationFile = z.strictObject({
  /** Id of the annotated document in data/sources/manifest.json. */
  document: Id,
  observations: z.array(ObservationAnnotation).default([]),
  tasks: z.array(TaskAnnotation).default([]),
  assessments: z.array(AssessmentAnnotation).default([]),
  not_statistics: z.array(NotStatisticAnnotation).default([]),
  task_links: z.array(TaskLinkAnnotation).default([]),
});
export type AnnotationFile = z.infer<typeof AnnotationFile>;
