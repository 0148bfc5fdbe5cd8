/**
 * Finding curated quotes in source texts. The texts carry line breaks and spaces from page layout, so matching
 * ignores all white space; offsets returned are into the original text.
 */
export interface Span {
  start: number;
  end: number;
}

const WHITE = /\s/u;

/** A text with its white space removed, and where each remaining character stood in the original. */
export interface Compact {
  text: string;
  origin: number[];
}

export function compact(text: string): Compact {
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (WHITE.test(ch)) continue;
    out += ch;
    origin.push(i);
  }
  return { text: out, origin };
}

export function stripWhite(s: string): string {
  return s.replace(/\s+/gu, '');
}

/** Every place the quote occurs, white space ignored; spans are in original offsets, trimmed to non-space ends. */
export function findQuote(source: Compact, quote: string): Span[] {
  const needle = stripWhite(quote);
  if (!needle) return [];
  const spans: Span[] = [];
  let at = source.text.indexOf(needle);
  while (at !== -1) {
    spans.push({ start: source.origin[at]!, end: source.origin[at + needle.length - 1]! + 1 });
    at = source.text.indexOf(needle, at + 1);
  }
  return spans;
}

/**
 * The shortest passage around [start, end) that occurs exactly once in the source (white space ignored), grown a
 * character at a time on both sides; used to draft quotes a curator can keep.
 */
export function uniqueQuote(source: Compact, start: number, end: number): string {
  let a = source.origin.findIndex((o) => o >= start);
  let b = source.origin.findIndex((o) => o >= end);
  if (b === -1) b = source.text.length;
  for (;;) {
    const candidate = source.text.slice(a, b);
    if (source.text.indexOf(candidate) === source.text.lastIndexOf(candidate)) return candidate;
    if (a === 0 && b === source.text.length) return candidate;
    if (a > 0) a--;
    if (b < source.text.length) b++;
  }
}
