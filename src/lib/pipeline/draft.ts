import { extractMentions } from '../extract/index.ts';
import { STATISTIC_KINDS, type AnnotationFile, type Jurisdiction } from '../../schemas/index.ts';
import { compact, uniqueQuote } from './quotes.ts';

export const TODO = 'TODO';

/**
 * A first annotation file for a new document: every count, amount and percentage pre-filled as a draft observation
 * (indicator "todo" and the document's year as period, for the curator to settle). Dates, ordinals, references and
 * contacts need no entry: the pipeline accounts for them by kind. The build refuses the draft until every "todo"
 * indicator is replaced.
 */
export function draftAnnotation(documentId: string, jurisdiction: Jurisdiction, text: string, year: string): AnnotationFile {
  const source = compact(text);
  const observations = extractMentions(text)
    .filter((m) => STATISTIC_KINDS.includes(m.kind) && m.value !== null)
    .map((m, i) => ({
      id: `${documentId}-${String(i + 1).padStart(3, '0')}`,
      indicator: TODO.toLowerCase(),
      jurisdiction,
      period_start: `${year}-01-01`,
      period_end: `${year}-12-31`,
      quote: uniqueQuote(source, m.start, m.end),
      mention: m.text,
      value: m.value!,
      qualifier: m.qualifier,
      note_zh: `${TODO}: 选择指标与统计期；若不是统计数字，移至 not_statistics 并说明理由`,
      note_en: `${TODO}: choose the indicator and period; if this is not a statistic, move it to not_statistics with a reason`,
    }));
  return { document: documentId, observations, tasks: [], assessments: [], not_statistics: [] };
}
