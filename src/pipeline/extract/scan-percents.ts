import { parseChineseNumber, roundValue } from './numerals.ts';
import { AR, AR_BEFORE, CN, CN_BEFORE, WS, re } from './patterns.ts';
import { AFTER_UNIT_ALT, PREFIX_ALT, prefixStands, qualify } from './qualifiers.ts';
import { append, scanAll } from './scan.ts';
import type { Draft } from './types.ts';

/**
 * Percentages: 95.38%, 32.2 ％ (full width), 百分之八十 → 80, 九成 → 90, 翻一番 → about 100, with qualifiers
 * 约/近/超过… before and 以上/左右 after (50%以上 → at_least). value is the percent number, unit '%'.
 */
const PERCENT = re(
  `(?:(${PREFIX_ALT})${WS})?(?:${AR_BEFORE}(${AR})${WS}%|百分之${WS}(${AR}|${CN}))(?:${WS}(${AFTER_UNIT_ALT}))?`,
);

/** 九成 is 90%, 超过九成 more than 90% (成 after a single numeral; 一成不变 is an idiom). */
const TENTHS = re(
  `(?:(${PREFIX_ALT})${WS})?${CN_BEFORE}([一二两三四五六七八九十])成(?!不变)(?:${WS}(${AFTER_UNIT_ALT}))?`,
);
/** 翻一番 doubles (about +100%), 翻两番 quadruples (about +300%): a change, approximate as the idiom is. */
const DOUBLINGS = re('翻(?:了)?(一|两|二|三)番');

export function scanPercents(work: string): Draft[] {
  const out = percents(work);
  append(
    out,
    scanAll(TENTHS, work, (m) => {
      const tenths = parseChineseNumber(m[2]!)!;
      const prefix = m[1] !== undefined && prefixStands(m[1], work, m.index) ? m[1] : undefined;
      const start = prefix === undefined ? m.index + m[0].indexOf(m[2]!, m[1]?.length ?? 0) : m.index;
      return {
        start,
        end: m.index + m[0].length,
        value: tenths * 10,
        unit: '%',
        qualifier: qualify([prefix, m[3]]),
        kind: 'percent',
      };
    }),
  );
  append(
    out,
    scanAll(DOUBLINGS, work, (m) => {
      const times = parseChineseNumber(m[1]!)!;
      return {
        start: m.index,
        end: m.index + m[0].length,
        value: (2 ** times - 1) * 100,
        unit: '%',
        qualifier: 'approximate',
        kind: 'percent',
      };
    }),
  );
  return out;
}

function percents(work: string): Draft[] {
  return scanAll(PERCENT, work, (m) => {
    let start = m.index;
    let prefix: string | undefined = m[1];
    if (prefix !== undefined && !prefixStands(prefix, work, start)) {
      start += m[0].search(/[0-9百]/);
      prefix = undefined;
    }
    const value = parseChineseNumber((m[2] ?? m[3])!);
    const end = m.index + m[0].length;
    // 百分之十四五: no number; reported, not skipped.
    if (value === null) return { start, end, value: null, unit: '%', qualifier: 'exact', kind: 'unreadable' };
    return {
      start,
      end,
      value: roundValue(value),
      unit: '%',
      qualifier: qualify([prefix, m[4]]),
      kind: 'percent',
    };
  });
}
