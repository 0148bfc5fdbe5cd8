import type { AnnotationFile } from '../../schemas/index.ts';
import { DataError, entryName } from '../../shared/errors.ts';
import type { Source } from '../sources/sources.ts';
import { ledgerOf, locate, type AnnotationContext } from './context.ts';

/** Not-statistics pass: numbers that look like statistics but are not, each marked with the curator's reason. */
export function resolveNotStatistics(
  ctx: AnnotationContext,
  file: string,
  source: Source,
  list: AnnotationFile['not_statistics'],
): void {
  const ledger = ledgerOf(ctx, source);
  list.forEach((n, i) => {
    const entry = entryName('not_statistics', i);
    const span = locate(source, n.quote, file, entry);
    const ms = n.mention === undefined ? ledger.statisticsIn(span) : [ledger.pick(span, n.mention, file, entry)];
    if (ms.length === 0)
      throw new DataError(
        file,
        entry,
        'the quote holds no count, amount or percentage to mark',
        'remove the entry, or quote the passage with the number',
      );
    for (const m of ms) ledger.claim(m, 'not_statistic', null, { en: n.reason, zh: n.reason_zh }, file, entry);
  });
}
