import { classifyUnit } from './classify.ts';
import { parseChineseNumber, roundValue } from './numerals.ts';
import { AR, AR_BEFORE, CN, CN_BEFORE, WS, re } from './patterns.ts';
import { AFTER_UNIT_ALT, PREFIX_ALT, prefixStands, qualify } from './qualifiers.ts';
import { scanAll } from './scan.ts';
import type { Draft } from './types.ts';
import { UNIT_ALT, unitWord } from './units.ts';

const MULTIPLIERS: Readonly<Record<string, number>> = { 千: 1e3, 万: 1e4, 亿: 1e8, 万亿: 1e12 };
const number = (g: string) => `(?:${AR_BEFORE}(?<${g}a>${AR})|${CN_BEFORE}(?<${g}c>${CN}))`;

/**
 * A range is one mention, never two numbers: 3-5家, 3至5家, 三到五家, 3～5家, 30%-50%, 5万-10万元, 5-10万元 (the
 * multiplier of the second bound applies to the first when it has none), 3家至5家. Its value is the lower bound,
 * read as "at least" (a plan that asks for 3-5 has met it at 3), with both bounds in `low` and `high`; 约3-5家 stays
 * approximate. Not after 第 (第3-5条 names articles), and never a year range (2023-2025年, read before).
 */
const RANGE = re(
  `(?<!第${WS})(?:(?<pre>${PREFIX_ALT})${WS})?${number('x')}(?:${WS}(?<m1>万亿|万|亿|千))?(?:${WS}(?<u1>%|${UNIT_ALT}))?` +
    `${WS}(?:[-~～—–]|至|到)${WS}${number('y')}(?:${WS}(?<m2>万亿|万|亿|千))?${WS}(?<u2>%|${UNIT_ALT})` +
    `(?:${WS}(?<after>${AFTER_UNIT_ALT}))?`,
);

/**
 * 概数, two neighbouring digits for "three or four" (三四家, 二三十家 20-30, 七八百人, 一两个月, 三五家): a range too,
 * approximate. Returns null for any other numeral.
 */
export function approximateRange(numeral: string): { low: number; high: number } | null {
  const m = /^([一两二三四五六七八九])([二两三四五六七八九])([十百千万亿]*)$/u.exec(numeral);
  if (!m) return null;
  const a = parseChineseNumber(m[1]!);
  const b = parseChineseNumber(m[2]!);
  const scale = m[3] ? parseChineseNumber(`一${m[3]}`) : 1;
  if (a === null || b === null || scale === null || !(b === a + 1 || (a === 3 && b === 5))) return null;
  return { low: a * scale, high: b * scale };
}

export function scanRanges(work: string): Draft[] {
  return scanAll(RANGE, work, (m) => {
    const g = m.groups!;
    const u2 = unitWord(g.u2!);
    if (g.u1 !== undefined && unitWord(g.u1) !== u2) return null;
    if (g.m1 !== undefined && g.m2 === undefined) return null;
    const a = parseChineseNumber((g.xa ?? g.xc)!);
    const b = parseChineseNumber((g.ya ?? g.yc)!);
    if (a === null || b === null) return null;
    const low = roundValue(a * (MULTIPLIERS[g.m1 ?? g.m2 ?? ''] ?? 1));
    const high = roundValue(b * (MULTIPLIERS[g.m2 ?? ''] ?? 1));
    if (!(low < high) || high > Number.MAX_SAFE_INTEGER) return null;
    let start = m.index;
    let prefix: string | undefined = g.pre;
    if (prefix !== undefined && !prefixStands(prefix, work, start)) {
      start += m[0].indexOf((g.xa ?? g.xc)!, prefix.length);
      prefix = undefined;
    }
    const q = qualify([prefix, g.after]);
    const { kind, unit } = u2 === '%' ? { kind: 'percent' as const, unit: '%' } : classifyUnit(u2);
    return {
      start,
      end: m.index + m[0].length,
      value: low,
      low,
      high,
      unit,
      qualifier: q === 'exact' ? 'at_least' : q,
      kind,
    };
  });
}
