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
  /** Where each run of GRAM characters occurs, built on the first search (see findQuote). */
  grams?: GramIndex;
}

export function compact(text: string): Compact {
  const parts: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (WHITE.test(ch)) continue;
    parts.push(ch);
    origin.push(i);
  }
  return { text: parts.join(''), origin };
}

/**
 * Every position of the text bucketed by a hash of the GRAM characters starting there (a counting sort, so linear
 * to build, and each bucket in text order). A quote is then checked only where its first GRAM characters hash
 * alike, instead of scanning the whole text once per quote: checking 32,000 quotes stays linear in the corpus.
 */
interface GramIndex {
  /** Buckets are a power of two, about one per position (memory stays a few bytes per character). */
  mask: number;
  bucketStart: Uint32Array;
  positions: Uint32Array;
}

const GRAM = 4;

function gramHash(text: string, at: number, mask: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < GRAM; k++) h = Math.imul(h ^ text.charCodeAt(at + k), 0x01000193);
  return (h >>> 0) & mask;
}

function gramIndex(text: string): GramIndex {
  const n = Math.max(0, text.length - GRAM + 1);
  const mask = (1 << Math.min(22, Math.max(4, Math.ceil(Math.log2(n + 1))))) - 1;
  const bucketStart = new Uint32Array(mask + 2);
  const hashes = new Uint32Array(n);
  for (let i = 0; i < n; i++) bucketStart[(hashes[i] = gramHash(text, i, mask)) + 1]!++;
  for (let b = 1; b < bucketStart.length; b++) bucketStart[b]! += bucketStart[b - 1]!;
  const next = bucketStart.slice(0, -1);
  const positions = new Uint32Array(n);
  for (let i = 0; i < n; i++) positions[next[hashes[i]!]!++] = i;
  return { mask, bucketStart, positions };
}

/** Where the needle starts in the compact text, in text order. */
function occurrences(source: Compact, needle: string): number[] {
  const found: number[] = [];
  if (needle.length < GRAM) {
    for (let at = source.text.indexOf(needle); at !== -1; at = source.text.indexOf(needle, at + 1)) found.push(at);
    return found;
  }
  source.grams ??= gramIndex(source.text);
  const { mask, bucketStart, positions } = source.grams;
  // Checked where the needle's rarest run of GRAM characters occurs: a quote opening with 知识产权 is not checked at
  // every 知识产权 of a long text.
  let b = gramHash(needle, 0, mask);
  let shift = 0;
  for (let k = 1; k + GRAM <= needle.length && bucketStart[b + 1]! - bucketStart[b]! > 1; k++) {
    const h = gramHash(needle, k, mask);
    if (bucketStart[h + 1]! - bucketStart[h]! < bucketStart[b + 1]! - bucketStart[b]!) [b, shift] = [h, k];
  }
  for (let i = bucketStart[b]!; i < bucketStart[b + 1]!; i++) {
    const at = positions[i]! - shift;
    if (at >= 0 && source.text.startsWith(needle, at)) found.push(at);
  }
  return found;
}

export function stripWhite(s: string): string {
  return s.replace(/\s+/gu, '');
}

/** Every place the quote occurs, white space ignored; spans are in original offsets, trimmed to non-space ends. */
export function findQuote(source: Compact, quote: string): Span[] {
  const needle = stripWhite(quote);
  if (!needle) return [];
  return occurrences(source, needle).map((at) => ({
    start: source.origin[at]!,
    end: source.origin[at + needle.length - 1]! + 1,
  }));
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
