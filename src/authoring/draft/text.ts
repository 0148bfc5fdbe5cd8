// Spans of a source text that the draft reasons with: sentences, clauses, lines, and whether a place lies inside a
// title 《…》 or a quotation “…” (where a date or number names something rather than stating a fact).
export interface Range {
  start: number;
  end: number;
}

const SENTENCE_END = /[。！？；]/u;
const FULL_STOP = /[。！？]/u;
const CLAUSE_END = /[。！？；，,：:]/u;
/** A numbering marker at the start of a line: 一、 （一） (一) 1. 1、 （1） 第一条. */
export const NUMBERING =
  /^[ \t\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、](?!\d)|[（(]\d+[）)]|第[一二三四五六七八九十百]+条)/u;

function lineStartsNumbered(text: string, at: number): boolean {
  return NUMBERING.test(text.slice(at, at + 12));
}

/**
 * How far a span grows each way: a passage with no mark in this many characters is cut there (a quote that long says
 * nothing more), which keeps drafting a text of any length linear in its length.
 */
const REACH = 400;

/** Whether only white space stands between a line break at `nl` and the line break before it: a blank line. */
function blankBefore(text: string, nl: number): boolean {
  for (let i = nl - 1; i >= 0 && i > nl - REACH; i--) {
    if (text[i] === '\n') return true;
    if (!/\s/u.test(text[i]!)) return false;
  }
  return false;
}

/** The longest heading, after its numbering: 一、创造, （一）2025年工作情况, 二、关于提案建议的采纳情况. */
const HEADING_CHARS = 16;

/**
 * Whether the line that ends at the line break `nl` is a heading: numbered, short, and without a mark that a
 * sentence or clause has (a sentence a page's layout wrapped after its numbering runs on past HEADING_CHARS).
 */
function headingBefore(text: string, nl: number): boolean {
  const start = text.lastIndexOf('\n', nl - 1) + 1;
  if (nl - start > HEADING_CHARS + 12) return false;
  const line = text.slice(start, nl);
  const numbering = NUMBERING.exec(line);
  if (!numbering) return false;
  const rest = line.slice(numbering[0].length).trim();
  return rest.length > 0 && rest.length <= HEADING_CHARS && !CLAUSE_END.test(rest);
}

/**
 * Grow [start, end) to the nearest boundaries; a line break ends the span only before a numbered line or a blank, or
 * after a heading.
 */
function grow(text: string, start: number, end: number, stop: RegExp): Range {
  let a = start;
  while (a > 0 && a > start - REACH) {
    const ch = text[a - 1]!;
    if (stop.test(ch)) break;
    if (ch === '\n' && (lineStartsNumbered(text, a) || blankBefore(text, a - 1) || headingBefore(text, a - 1))) break;
    a--;
  }
  let b = end;
  while (b < text.length && b < end + REACH) {
    const ch = text[b]!;
    if (stop.test(ch)) {
      b++;
      break;
    }
    if (ch === '\n' && (lineStartsNumbered(text, b + 1) || text[b + 1] === '\n')) break;
    b++;
  }
  return trim(text, { start: a, end: b });
}

export function trim(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

export function sentenceAround(text: string, start: number, end: number): Range {
  return grow(text, start, end, SENTENCE_END);
}

/** The whole sentence, to 。！？ (through ；): what a place named at its head governs. */
export function fullSentenceAround(text: string, start: number, end: number): Range {
  return grow(text, start, end, FULL_STOP);
}

export function clauseAround(text: string, start: number, end: number): Range {
  return grow(text, start, end, CLAUSE_END);
}

/** The clause just before `at` (ending at a clause mark), within the same sentence; null at the sentence start. */
export function clauseBefore(text: string, at: number): Range | null {
  let i = at - 1;
  while (i >= 0 && /\s/u.test(text[i]!)) i--;
  if (i < 0 || !/[，,：:]/u.test(text[i]!)) return null;
  const r = clauseAround(text, i - 1 < 0 ? 0 : i - 1, i);
  return r.end > r.start ? r : null;
}

/** Every sentence of the text, in order (white-space-only pieces dropped). */
export function sentences(text: string): Range[] {
  const out: Range[] = [];
  let at = 0;
  while (at < text.length) {
    const r = grow(text, at, at, SENTENCE_END);
    const next = Math.max(r.end, at + 1);
    if (r.end > r.start) out.push(r);
    at = next;
    while (at < text.length && /\s/u.test(text[at]!)) at++;
  }
  return out;
}

/** The line holding `at`. */
export function lineAround(text: string, at: number): Range {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl === -1 ? text.length : nl };
}

/** Offsets inside 《…》 or “…” (names, titles, slogans), so that what is quoted there is not read as a fact. */
export function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  const pairs: [string, string][] = [
    ['《', '》'],
    ['“', '”'],
  ];
  for (const [open, close] of pairs) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === open) depth++;
      else if (text[i] === close) depth = Math.max(0, depth - 1);
      else if (depth > 0) mask[i] = 1;
    }
  }
  return mask;
}
