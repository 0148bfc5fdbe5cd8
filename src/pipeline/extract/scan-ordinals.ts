import { parseChineseNumber } from './numerals.ts';
import { CN, CN_BEFORE, LINE_START, NUM, ORDINAL_WS, WS, re } from './patterns.ts';
import { append, scanAll } from './scan.ts';
import type { Draft } from './types.ts';
import { ORDINAL_UNIT_ALT, unitWord } from './units.ts';

/**
 * Ordinals (value = the rank):
 * - 第六届, 第19届, 第33次, 第二十五次 (unit = the measure word). 第一时间 and 第三方 are idioms
 *   (时, 方 are not ordinal measure words): nothing.
 * - 届 is always an ordinal: 十四届, 二十届; so is a session N次 after a 届 and before 会议/全会:
 *   十四届一次会议 → 十四届 + 一次; 十二届市委三次、四次全会 → 十二届, 三次, 四次.
 * - 党的二十大 → 二十大, 二中全会 → 二中全会 (unit null).
 * - list markers (unit null, punctuation kept in the text): 1. / 12. / 2、 / 一、 at the start of a
 *   line; （一） (3) （2） anywhere; 一是 / 二是 after a sentence boundary.
 */
const NTH = re(`第${WS}(${NUM})${WS}(?:${ORDINAL_UNIT_ALT})`);
/** 第3-5条, 第一至三批: a run of ranks, one mention (value the first rank, low and high the bounds). */
const NTH_RANGE = re(`第${WS}(${NUM})${WS}(?:[-~～—–]|至|到)${WS}(${NUM})${WS}(?:${ORDINAL_UNIT_ALT})`);
const TERM = re(`(${NUM})${WS}届`);
const SESSION = re(
  `(?<=届[^。；\\n]{0,8})(${NUM})${WS}次(?=(?:${WS}[、和及]${WS}${NUM}${WS}次)*${WS}(?:全会|全体会议|会议|常务会议|常委会))`,
);
const CONGRESS = re(`(?<=党的${WS})${CN_BEFORE}(${CN})大|${CN_BEFORE}(${CN})大(?=精神|报告|代表|以来|胜利)`);
const PLENUM = re(`${CN_BEFORE}(${CN})中全会`);
const LIST_AR = re(`${LINE_START}([0-9]{1,3})${ORDINAL_WS}[.、](?![0-9])`);
const LIST_CN = re(`${LINE_START}([一二三四五六七八九十]{1,3})${ORDINAL_WS}[、.]`);
const BRACKETED = re('[（(]\\s{0,2}([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s{0,2}[）)]');
const ENUMERATION = re('(?<=^|[\\s。；;，,：:！？])([一二三四五六七八九十]{1,3})是(?=[\\u4e00-\\u9fff“《])');

function ordinal(m: RegExpExecArray, numeral: string | undefined, unit: string | null): Draft | null {
  const value = numeral === undefined ? null : parseChineseNumber(numeral);
  if (value === null || !Number.isInteger(value)) return null;
  return { start: m.index, end: m.index + m[0].length, value, unit, qualifier: 'exact', kind: 'ordinal' };
}

/** The measure word at the end of the match (after the numeral and any whitespace). */
function tailUnit(m: RegExpExecArray, numeral: string): string {
  return unitWord(m[0].slice(m[0].lastIndexOf(numeral) + numeral.length));
}

export function scanOrdinals(work: string): Draft[] {
  const out: Draft[] = [];
  append(
    out,
    scanAll(NTH_RANGE, work, (m) => {
      const d = ordinal(m, m[1], tailUnit(m, m[2]!));
      const high = parseChineseNumber(m[2]!);
      if (d === null || high === null || !(d.value! < high)) return null;
      return { ...d, low: d.value!, high };
    }),
  );
  append(
    out,
    scanAll(NTH, work, (m) => ordinal(m, m[1], tailUnit(m, m[1]!))),
  );
  append(
    out,
    scanAll(TERM, work, (m) => ordinal(m, m[1], '届')),
  );
  append(
    out,
    scanAll(SESSION, work, (m) => ordinal(m, m[1], '次')),
  );
  append(
    out,
    scanAll(CONGRESS, work, (m) => ordinal(m, m[1] ?? m[2], null)),
  );
  append(
    out,
    scanAll(PLENUM, work, (m) => ordinal(m, m[1], null)),
  );
  for (const rx of [LIST_AR, LIST_CN, BRACKETED, ENUMERATION]) {
    append(
      out,
      scanAll(rx, work, (m) => ordinal(m, m[1], null)),
    );
  }
  return out;
}
