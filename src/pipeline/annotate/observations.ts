import type { AnnotationFile } from '../../schemas/index.ts';
import { DataError, entryName } from '../../shared/errors.ts';
import { encloses } from '../sources/places.ts';
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

/**
 * A document reports on its own place and the places inside it: a figure filed under another place is most often a
 * slip of the jurisdiction (a district's figure under its city, a city's under a neighbour) and would be published as
 * that place's. Where the document does quote another place's figure (a national total in a city's report), the
 * entry says so, in both languages, in note_zh and note_en.
 */
function checkPlace(
  ctx: AnnotationContext,
  o: AnnotationFile['observations'][number],
  source: Source,
  file: string,
  entry: string,
): void {
  const home = source.entry.jurisdiction;
  if (encloses(ctx.jurisdictions, home, o.jurisdiction) || (o.note_zh?.trim() && o.note_en?.trim())) return;
  throw new DataError(
    file,
    entry,
    `jurisdiction "${o.jurisdiction}" is neither the document's own ("${home}", in its manifest entry) nor a place inside it`,
    "set jurisdiction to the place the figure counts; if the document does quote a figure of another place (a national figure in a city's report), keep it and say why in note_zh and note_en",
  );
}

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
    checkPlace(ctx, o, source, file, entry);
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
      low: o.low,
      high: o.high,
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
      ...(m.low === undefined ? {} : { low: m.low, high: m.high }),
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
