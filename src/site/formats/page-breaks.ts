// Where a source text breaks a line inside a sentence: the documents come as text extracted page by page, so a
// sentence running over a page ends one line mid-word ("市市场监管局将指" / "导和督促…"). Decided by the text, not by
// one document's layout: a break joins when the line before is a full line of running text (long, and ending in no
// sentence or clause punctuation) and the line after is neither an enumerated heading nor a salutation ending in a
// colon. Everything else (headings, list items, signatures, blank-line paragraphs) stays a break.

/** A line this long or longer is running text, not a heading or a signature line. */
const FULL_LINE = 40;
const ENDS_CLAUSE = /[。！？；：:…”’）)」』]\s*$/u;
const STARTS_ITEM =
  /^[\s\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|第[一二三四五六七八九十\d]+)/u;

/** The [start, end) spans of line breaks (with any blank lines) that fall inside a sentence. */
export function sentenceBreaks(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/[^\n]*?(\r?\n[\t \u3000]*)+/gu)) {
    const breakText = m[1] === undefined ? '' : m[0].slice(m[0].search(/\r?\n/u));
    const start = m.index + m[0].length - breakText.length;
    const before = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
    const end = m.index + m[0].length;
    const after = text.slice(end, text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end));
    if (
      before.trim().length >= FULL_LINE &&
      !ENDS_CLAUSE.test(before) &&
      after.trim() !== '' &&
      !STARTS_ITEM.test(after) &&
      !/[：:]\s*$/u.test(after)
    )
      out.push([start, end]);
  }
  return out;
}
