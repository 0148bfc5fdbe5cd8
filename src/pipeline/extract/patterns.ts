/** Regular-expression fragments shared by the scanners. All run on width-normalised text. */

/** Whitespace allowed inside a phrase (PDF line and page breaks, \u3000): bounded to keep scans linear. */
export const WS = '\\s{0,6}';

/** Arabic number: 135,565 / 1050 / 86.06 (full-width digits are normalised beforehand). */
export const AR = '[0-9]+(?:,[0-9]{3}(?![0-9]))*(?:\\.[0-9]+)?';
/**
 * Not inside a longer Arabic number or Latin token. A comma before is a list separator (12,13,14件) unless it
 * separates thousands (the 565 of 135,565: a digit, the comma, exactly three digits).
 */
export const AR_BEFORE = '(?<![0-9A-Za-z.])(?<![0-9],(?=[0-9]{3}(?![0-9])))';

/** Characters of a Chinese numeral. */
export const CN_CHARS = '〇零一二三四五六七八九十百千万亿两';
/**
 * Chinese cardinal: starts with a digit or 十 (so 千家万户, 百城, 万元 never start one), may hold 百千万亿.
 */
export const CN = `[一二三四五六七八九十两][${CN_CHARS}]*`;
/** Not inside a longer Chinese numeral. */
export const CN_BEFORE = `(?<![${CN_CHARS}])`;

/** A number either way. */
export const NUM = `(?:${AR_BEFORE}${AR}|${CN_BEFORE}${CN})`;

/** Years: 1800–2099 in Arabic digits, or four Chinese digits (二〇二四). */
export const YEAR_AR = '(?<![0-9])(?:1[89]|20)[0-9]{2}(?![0-9])';
export const YEAR_CN = `${CN_BEFORE}[〇零一二三四五六七八九]{4}(?![${CN_CHARS}])`;
export const YEAR = `(?:${YEAR_AR}|${YEAR_CN})`;

export const MONTH =
  '(?:(?<![0-9])(?:1[0-2]|0?[1-9])|(?<![〇零一二三四五六七八九十百千两])(?:十[一二]?|[一二三四五六七八九]))';
export const DAY =
  '(?:3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])';

/** Line start (optionally indented, bounded so the look-behind stays cheap), for list markers. */
export const LINE_START = '(?<=(?:^|\\n)[ \\t\\u3000]{0,8})';

/** Builds a global regular expression. */
export function re(source: string): RegExp {
  return new RegExp(source, 'g');
}

/** Spaces (not line breaks) between a list number and its punctuation. */
export const ORDINAL_WS = '[ \\t\\u3000]{0,2}';
