// Drafted quotes: the shortest clause that holds the number and still says what was counted, grown clause by
// clause to the left until it occurs once in the text (white space ignored, as the build matches quotes).
import type { Compact } from '../../shared/quotes.ts';
import { stripWhite, uniqueQuote } from '../../shared/quotes.ts';
import { clauseAround, sentenceAround, type Range } from './text.ts';

const HAN = /\p{Script=Han}/gu;

function occursOnce(source: Compact, quote: string): boolean {
  const q = stripWhite(quote);
  const at = source.text.indexOf(q);
  return at !== -1 && source.text.indexOf(q, at + 1) === -1;
}

/** The drafted quote for the mention at [start, end), as a range of the text. */
export function clauseQuote(text: string, source: Compact, start: number, end: number): Range {
  const sentence = sentenceAround(text, start, end);
  let r = clauseAround(text, start, end);
  const words = (x: Range) => (text.slice(x.start, x.end).replace(text.slice(start, end), '').match(HAN) ?? []).length;
  while (r.start > sentence.start && (words(r) < 2 || !occursOnce(source, text.slice(r.start, r.end)))) {
    const prev = clauseAround(text, Math.max(sentence.start, r.start - 2), Math.max(sentence.start, r.start - 1));
    r = { start: Math.min(prev.start, r.start), end: r.end };
  }
  if (occursOnce(source, text.slice(r.start, r.end))) return r;
  const grown = uniqueQuote(source, start, end);
  const at = text.indexOf(grown);
  return at === -1 ? r : { start: at, end: at + grown.length };
}
