import { parseChineseNumber, roundValue } from './numerals.ts';
import { AR, AR_BEFORE, CN, WS, re } from './patterns.ts';
import { AFTER_UNIT_ALT, PREFIX_ALT, prefixStands, qualify } from './qualifiers.ts';
import { scanAll } from './scan.ts';
import type { Draft } from './types.ts';

/**
 * Percentages: 95.38%, 32.2 ％ (full width), 百分之八十 → 80, with qualifiers 约/近/超过… before
 * and 以上/左右 after (50%以上 → at_least). value is the percent number, unit '%'.
 */
const PERCENT = re(
  `(?:(${PREFIX_ALT})${WS})?(?:${AR_BEFORE}(${AR})${WS}%|百分之${WS}(${AR}|${CN}))(?:${WS}(${AFTER_UNIT_ALT}))?`,
);

export function scanPercents(work: string): Draft[] {
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
