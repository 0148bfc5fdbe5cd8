import { isIdiom, classifyUnit } from './classify.ts';
import { parseChineseNumber, roundValue } from './numerals.ts';
import { AR, AR_BEFORE, CN, CN_BEFORE, WS, re } from './patterns.ts';
import { AFTER_UNIT_ALT, PREFIX_ALT, prefixStands, qualify } from './qualifiers.ts';
import { append, scanAll } from './scan.ts';
import { approximateRange } from './scan-ranges.ts';
import type { Draft } from './types.ts';
import { UNIT_ALT } from './units.ts';

const MULTIPLIERS: Readonly<Record<string, number>> = { 千: 1e3, 万: 1e4, 亿: 1e8, 万亿: 1e12 };

/**
 * Counts and amounts: [qualifier] number [余|多] [万|亿] [余|多] [unit] [以上|左右], with
 * whitespace allowed between the parts. 1147万元 → money 11470000 '元'; 86.06万个次 → quantity
 * 860600 '个次'; 5234.32万余个次 → more_than; 100多家 (多 only right before a unit or 万/亿, so
 * 多家在沪 has no number and 3多元化 keeps 多 out); 近250件, 约 120 家, 超过 170 家, 不少于5个.
 * An Arabic number with no unit is still a quantity (unit null); a Chinese numeral needs a unit
 * (see classify.ts).
 */
const QUANTITY = re(
  `(?:(${PREFIX_ALT})${WS})?` +
    `(?:${AR_BEFORE}(${AR})|${CN_BEFORE}(${CN}))` +
    `(?:${WS}(余|多(?!元化)(?=${WS}(?:万|亿|${UNIT_ALT}))))?` +
    `(?:${WS}(万亿|万|亿|千)(?!${WS}[0-9]))?` +
    `(?:${WS}(余|多(?!元化)(?=${WS}(?:${UNIT_ALT}))))?` +
    `(?:${WS}(${UNIT_ALT}))?` +
    `(?:${WS}(${AFTER_UNIT_ALT}))?`,
);

/**
 * A Chinese numeral in a list whose last item carries the unit (分别为十二、十三、十四件): each item is a count of
 * that unit, though only the last is written with it; not a list of ordinals (第一、二、三条). Arabic items are read
 * without the unit by QUANTITY.
 */
const LISTED = re(
  `${CN_BEFORE}(?<!第(?:${CN}[、，,])*)(${CN})(?=(?:[、，,]${CN_BEFORE}${CN})*[、，,]${CN_BEFORE}${CN}${WS}(${UNIT_ALT}))(?=[、，,])`,
);

function listed(work: string): Draft[] {
  return scanAll(LISTED, work, (m) => {
    const value = parseChineseNumber(m[1]!);
    if (value === null || isIdiom(m[1]!, m[2])) return null;
    const { kind, unit } = classifyUnit(m[2]);
    return { start: m.index, end: m.index + m[0].length, value, unit, qualifier: 'exact', kind };
  });
}

export function scanQuantities(work: string): Draft[] {
  const out = listed(work);
  append(out, quantities(work));
  return out;
}

function quantities(work: string): Draft[] {
  return scanAll(QUANTITY, work, (m) => {
    const [, prefix0, arabic, chinese, q1, mult, q2, unit0, after] = m;
    if (chinese !== undefined && isIdiom(chinese, unit0)) return null;
    let start = m.index;
    let prefix: string | undefined = prefix0;
    if (prefix !== undefined && !prefixStands(prefix, work, start)) {
      start += m[0].indexOf((arabic ?? chinese)!, prefix.length);
      prefix = undefined;
    }
    const end = m.index + m[0].length;
    const { kind, unit } = classifyUnit(unit0);
    const scale = mult === undefined ? 1 : MULTIPLIERS[mult]!;
    // Two neighbouring digits are 概数 before they are digits: 三四家 is three or four, not 34.
    const r = chinese === undefined ? null : approximateRange(chinese);
    if (r !== null) {
      const low = roundValue(r.low * scale);
      const high = roundValue(r.high * scale);
      return { start, end, value: low, low, high, unit, qualifier: 'approximate', kind };
    }
    const base = parseChineseNumber((arabic ?? chinese)!);
    const value = base === null ? null : roundValue(base * scale);
    if (value === null || !Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER)
      return unreadable(work, start, end, unit);
    return { start, end, value, unit, qualifier: qualify([prefix, q1, q2, after]), kind };
  });
}

/**
 * A numeral with a measure word that reads as no number (十七八家, a run of 亿 past what a double holds exactly):
 * reported, so that a curator accounts for it, unless it follows 第 (第一二批 names batches, not a count).
 */
function unreadable(work: string, start: number, end: number, unit: string | null): Draft | null {
  if (/第\s{0,6}$/u.test(work.slice(Math.max(0, start - 7), start))) return null;
  return { start, end, value: null, unit, qualifier: 'exact', kind: 'unreadable' };
}
