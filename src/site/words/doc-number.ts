// A document number as a reader meets it. A document whose text states no number (文号) carries "none" in the data,
// the value its datasets and CSV columns document; wherever people read it (pages, citations, chart and card source
// lines, tables, labels) it is 无文号, or "no document number" in English. Every place that writes a document number
// into text asks here, so the word is said once.
import { NO_DOC_NUMBER } from '../../schemas/index.ts';
import type { Locale } from '../../shared/locales.ts';
import { ui } from './ui.ts';

/** Whether a document number is a number, not the data's word for none. */
export const hasDocNumber = (value: string) => value !== NO_DOC_NUMBER;

/** A document number as text in `locale`: the number itself (Chinese in either language), or the words for none. */
export function shownDocNumber(value: string, locale: Locale): string {
  return hasDocNumber(value) ? value : ui(locale).noDocNumber;
}

/** Several document numbers as text in `locale`, in their order. */
export const shownDocNumbers = (values: readonly string[], locale: Locale): string[] =>
  values.map((v) => shownDocNumber(v, locale));

/** A title led by its document's number, as a page's title and description read: just the title where there is none. */
export const numberedTitle = (value: string, title: string): string =>
  hasDocNumber(value) ? `${value} ${title}` : title;
