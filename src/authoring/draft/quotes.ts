// Drafted quotes: the shortest clause that holds the number and still says what was counted, grown clause by
// clause to the left until it occurs once in the text (white space ignored, as the build matches quotes).
import type { Compact } from '../../shared/quotes.ts';
import { findQuote } from '../../shared/quotes.ts';
import { clauseAround, sentenceAround, sentences, type Range } from './text.ts';

const HAN = /\p{Script=Han}/gu;

/** Whether the passage occurs once: through the source's index of character runs, so a long text costs no rescans. */
function occursOnce(source: Compact, quote: string): boolean {
  return findQuote(source, quote).length === 1;
}

/** How often each sentence occurs (white space ignored), counted once per text. */
const repeats = new WeakMap<Compact, Map<string, number>>();

function timesSaid(text: string, source: Compact, sentence: Range): number {
  let counts = repeats.get(source);
  if (!counts) {
    counts = new Map();
    for (const r of sentences(text)) {
      const key = text.slice(r.start, r.end).replace(/\s+/gu, '');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    repeats.set(source, counts);
  }
  return counts.get(text.slice(sentence.start, sentence.end).replace(/\s+/gu, '')) ?? 1;
}

/**
 * The drafted quote for the mention at [start, end), as a range of the text. A sentence that occurs more than once
 * (a text that repeats itself) keeps the whole sentence: the build then asks the curator to lengthen it.
 */
export function clauseQuote(text: string, source: Compact, start: number, end: number): Range {
  const sentence = sentenceAround(text, start, end);
  if (timesSaid(text, source, sentence) > 1) return sentence;
  let r = clauseAround(text, start, end);
  const words = (x: Range) => (text.slice(x.start, x.end).replace(text.slice(start, end), '').match(HAN) ?? []).length;
  while (r.start > sentence.start && (words(r) < 2 || !occursOnce(source, text.slice(r.start, r.end)))) {
    const prev = clauseAround(text, Math.max(sentence.start, r.start - 2), Math.max(sentence.start, r.start - 1));
    r = { start: Math.min(prev.start, r.start), end: r.end };
  }
  return occursOnce(source, text.slice(r.start, r.end)) ? r : sentence;
}
