import { z } from 'zod';
import { Topic } from './indicator.ts';
import { DerivedKind } from './derived.ts';
import { Id } from './vocab.ts';

/** A ratio of two indicators observed over the same place and period, in percent. */
export const RateSpec = z.strictObject({
  id: Id,
  numerator: Id,
  denominator: Id,
  /** The indicator holding the rate as a source states it, if one does; the derived rows are filed under it. */
  reported: Id.optional(),
  label_zh: z.string().min(1),
  label_en: z.string().min(1),
});
export type RateSpec = z.infer<typeof RateSpec>;

/** A value grown by a stated year-on-year rate, read backwards to the year before. */
export const ImpliedSpec = z.strictObject({
  id: Id,
  value: Id,
  growth: Id,
  label_zh: z.string().min(1),
  label_en: z.string().min(1),
});
export type ImpliedSpec = z.infer<typeof ImpliedSpec>;

/** Counts of successive stages of one process (cases entrusted, concluded, settled), drawn as a funnel. */
export const FunnelSpec = z.strictObject({
  id: Id,
  title_zh: z.string().min(1),
  title_en: z.string().min(1),
  stages: z.array(z.strictObject({ indicator: Id, name_zh: z.string().min(1), name_en: z.string().min(1) })).min(2),
  /** What the rate of each stage over the one before is called, then of the last stage over the first. */
  rates: z.array(z.strictObject({ label_zh: z.string().min(1), label_en: z.string().min(1) })),
});
export type FunnelSpec = z.infer<typeof FunnelSpec>;

/** A figure that heads the overview: the latest observation of an indicator in one place, and one beside it. */
export const HeadlineSpec = z.strictObject({
  topic: Topic,
  indicator: Id,
  jurisdiction: Id,
  /** A second figure that gives the first its meaning: another indicator's latest, or a derived metric. */
  companion: z
    .union([
      z.strictObject({ observation: Id }),
      z.strictObject({ derived: z.strictObject({ indicator: Id, kind: DerivedKind }) }),
    ])
    .optional(),
});
export type HeadlineSpec = z.infer<typeof HeadlineSpec>;

/** data/figures.json: which figures are derived, which form a funnel and which head the overview. */
export const Figures = z.strictObject({
  rates: z.array(RateSpec),
  implied_baselines: z.array(ImpliedSpec),
  funnels: z.array(FunnelSpec),
  headlines: z.array(HeadlineSpec),
});
export type Figures = z.infer<typeof Figures>;
