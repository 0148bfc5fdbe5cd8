import type { ObservationRow, TargetRow } from '../../schemas/index.ts';
import { DataError } from '../../shared/errors.ts';
import { stripWhite } from '../../shared/quotes.ts';
import {
  indicatorOf,
  ledgerOf,
  locate,
  quoteFields,
  readNumber,
  type AnnotationContext,
  type PendingTarget,
} from './context.ts';

/**
 * An amount the text names without a number (一批) is counted above a baseline in place of a value, in both
 * languages, as the quote words it.
 */
function checkAmount(
  target: PendingTarget['target'],
  value: number | null,
  baseline: ObservationRow | undefined,
  file: string,
  entry: string,
): void {
  if ((target.amount_zh === undefined) !== (target.amount_en === undefined))
    throw new DataError(file, entry, 'amount_zh and amount_en go together', 'give the amount in both languages');
  if (target.amount_zh === undefined) return;
  if (value !== null || !baseline)
    throw new DataError(
      file,
      entry,
      'an amount with no number is counted above a baseline, and replaces a value',
      'keep amount_zh/en with baseline_observation and no value, or give the value the text states',
    );
  if (!stripWhite(target.quote).includes(stripWhite(target.amount_zh)))
    throw new DataError(
      file,
      entry,
      `amount_zh "${target.amount_zh}" is not in the target's quote`,
      'copy the amount as the quote words it (e.g. 一批)',
    );
}

/**
 * Targets pass, run after every file's observations: each pending target's value read from its quote, its baseline
 * checked to exist and to measure the same indicator.
 */
export function resolveTargets(ctx: AnnotationContext): void {
  const observations = new Map(ctx.observations.map((o) => [o.id, o]));
  for (const { file, entry, plan, task, target } of ctx.pendingTargets) {
    const ind = indicatorOf(ctx, target.indicator, file, entry);
    const span = locate(plan, target.quote, file, entry);
    let value: number | null = null;
    let qualifier: TargetRow['qualifier'] = null;
    if (target.value !== undefined) {
      const ledger = ledgerOf(ctx, plan);
      const read = {
        span,
        mention: target.mention,
        curated: target.value,
        low: target.low,
        high: target.high,
        indicator: ind,
        file,
        entry,
      };
      const m = readNumber(ledger, { ...read, what: 'target value' });
      ledger.claim(m, 'target', task.id, null, file, entry);
      value = m.value;
      qualifier = m.qualifier;
    }
    let baseline: ObservationRow | undefined;
    if (target.baseline_observation) {
      baseline = observations.get(target.baseline_observation);
      if (!baseline)
        throw new DataError(
          file,
          entry,
          `unknown baseline observation "${target.baseline_observation}"`,
          'use an observation id defined in an annotation file',
        );
      if (baseline.indicator_id !== ind.id)
        throw new DataError(
          file,
          entry,
          `baseline "${baseline.id}" measures ${baseline.indicator_id}, not ${ind.id}`,
          'use a baseline on the same indicator',
        );
    }
    checkAmount(target, value, baseline, file, entry);
    if (value === null && !baseline && !target.reference_zh) {
      throw new DataError(
        file,
        entry,
        'the target has no value, baseline or reference level',
        'add value (read from the quote), baseline_observation, or reference_zh/reference_en',
      );
    }
    ctx.targets.push({
      id: `${task.id}-target`,
      task_id: task.id,
      indicator_id: ind.id,
      comparator: target.comparator,
      target_value: value ?? (target.reference_zh || target.amount_zh ? null : baseline!.value),
      qualifier,
      unit: ind.unit,
      reference_zh: target.reference_zh ?? '',
      reference_en: target.reference_en ?? '',
      amount_zh: target.amount_zh ?? '',
      amount_en: target.amount_en ?? '',
      baseline_observation_id: baseline?.id ?? null,
      baseline_value: baseline?.value ?? null,
      deadline: task.deadline,
      ...quoteFields(plan, target.quote, span),
    });
  }
}
