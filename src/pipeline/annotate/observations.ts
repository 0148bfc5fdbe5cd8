import type { AnnotationFile } from '../../schemas/index.ts';
import { DataError, entryName } from '../../shared/errors.ts';
import type { Source } from '../sources/sources.ts';
import {
  checkJurisdiction,
  claimId,
  indicatorOf,
  ledgerOf,
  locate,
  quoteFields,
  readNumber,
  type AnnotationContext,
} from './context.ts';

/** Observations pass: each statistic read from its quote, its value and qualifier checked against the curator's. */
export function resolveObservations(
  ctx: AnnotationContext,
  file: string,
  source: Source,
  list: AnnotationFile['observations'],
): void {
  const ledger = ledgerOf(ctx, source);
  /** The indicators each number is already filed under: several figures from one number must differ in meaning. */
  const filed = new Map<number, Map<string, string>>();
  list.forEach((o, i) => {
    const entry = entryName('observations', i, o.id);
    claimId(ctx, 'observation', o.id, file, entry);
    const ind = indicatorOf(ctx, o.indicator, file, entry);
    checkJurisdiction(ctx, o.jurisdiction, file, entry);
    if (o.period_end < o.period_start)
      throw new DataError(
        file,
        entry,
        `period_end ${o.period_end} is before period_start ${o.period_start}`,
        'swap or correct the dates',
      );
    const span = locate(source, o.quote, file, entry);
    const m = readNumber(ledger, {
      span,
      mention: o.mention,
      curated: o.value,
      indicator: ind,
      file,
      entry,
      what: 'value',
    });
    if (m.qualifier !== o.qualifier)
      throw new DataError(
        file,
        entry,
        `qualifier "${o.qualifier}" disagrees with the text "${m.text}", which reads "${m.qualifier}"`,
        `set qualifier to "${m.qualifier}"`,
      );
    const under = filed.get(m.start) ?? new Map<string, string>();
    const twin = under.get(ind.id);
    if (twin)
      throw new DataError(
        file,
        entry,
        `the number "${m.text}" is already filed under indicator "${ind.id}" by ${twin}`,
        'one number gives several figures only under different indicators: remove one of the two entries',
      );
    filed.set(m.start, under.set(ind.id, o.id));
    ledger.claim(m, 'observation', o.id, null, file, entry);
    ctx.observations.push({
      id: o.id,
      indicator_id: ind.id,
      indicator_zh: ind.name_zh,
      indicator_en: ind.name_en,
      jurisdiction: o.jurisdiction,
      period_start: o.period_start,
      period_end: o.period_end,
      value: m.value,
      unit: ind.unit,
      unit_en: ind.unit_en,
      qualifier: m.qualifier,
      mention_text: m.text,
      ...quoteFields(source, o.quote, span),
      note_zh: o.note_zh ?? '',
      note_en: o.note_en ?? '',
    });
  });
}
