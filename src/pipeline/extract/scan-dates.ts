import { isoDate, part } from './iso.ts';
import { CN_CHARS, DAY, MONTH, WS, YEAR, YEAR_AR, re } from './patterns.ts';
import { append, plain, scanAll } from './scan.ts';
import type { Draft } from './types.ts';

/**
 * Year ranges: 2021—2035年, 2021-2035年, （2024—2025）, 2020 年至 2022 年, 2021—2022 年度
 * → iso '2021/2035'. 2021年至今 is an open range → iso '2021/..'.
 */
const RANGE = re(`(${YEAR})(?:${WS}年)?${WS}(?:[—–~～-]{1,2}|至|到)${WS}(${YEAR})(?:${WS}年度?)?`);
const SINCE = re(`(${YEAR})${WS}年${WS}至今`);
/**
 * Month ranges are dates, not a count and a month: 1至6月, 2024年1至5月, 1-5月份 → date, iso '--01/--06' or
 * '2024-01/2024-05' (an ISO 8601 interval).
 */
const MONTH_RANGE = re(
  `(?:(${YEAR})${WS}年${WS})?(?<![0-9])(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])${WS}(?:至|到|[-—–~～])${WS}(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])${WS}月(?:份)?`,
);

export function scanYearRanges(work: string): Draft[] {
  const out = scanAll(RANGE, work, (m) => {
    const a = part(m[1], 1800, 2099);
    const b = part(m[2], 1800, 2099);
    if (a === null || b === null || b < a || b - a > 100) return null;
    return plain(m, 'year_range', `${a}/${b}`);
  });
  append(
    out,
    scanAll(SINCE, work, (m) => plain(m, 'year_range', `${part(m[1], 1800, 2099)}/..`)),
  );
  append(
    out,
    scanAll(MONTH_RANGE, work, (m) => {
      const y = part(m[1], 1800, 2099);
      const a = part(m[2], 1, 12);
      const b = part(m[3], 1, 12);
      if (a === null || b === null || b <= a) return null;
      return plain(m, 'date', `${isoDate(y, a, null)}/${isoDate(y, b, null)}`);
    }),
  );
  return out;
}

/**
 * Dates: 2023年3月15日, 2023 年 8 月 2 日, 2020年5月, 2022年, 2023年度, 二〇二四年, 6月15日 and
 * 11月15日 (no year: iso --06-15), 截至6月 (month only: --06; 截至 is not part of the text),
 * 今年2月 (今年/去年/明年 kept in the text, iso --02), 2023-03-15, 4·26 (世界知识产权日 → --04-26),
 * and the holiday 五一 (--05-01). A trailing 前/以来/起 is not part of the text.
 */
const FULL = re(`(${YEAR})${WS}年(?:${WS}(${MONTH})${WS}月(?:${WS}(${DAY})${WS}[日号])?|度)?`);
const MONTH_DAY = re(`(?:(?:今年|去年|明年|当年|本年)${WS})?(${MONTH})${WS}月(?:${WS}(${DAY})${WS}[日号])?`);
const NUMERIC = re(`(${YEAR_AR})([-/.])(1[0-2]|0?[1-9])\\2(3[01]|[12][0-9]|0?[1-9])(?![0-9])`);
const DOTTED = re('(?<![0-9])(1[0-2]|0?[1-9])[·•・](3[01]|[12][0-9]|0?[1-9])(?![0-9])');
const MAY_DAY = re(`(?<![${CN_CHARS}第])五一(?![${CN_CHARS}])`);

export function scanDates(work: string): Draft[] {
  const out: Draft[] = [];
  append(
    out,
    scanAll(NUMERIC, work, (m) =>
      plain(m, 'date', isoDate(part(m[1], 1800, 2099), part(m[3], 1, 12), part(m[4], 1, 31))),
    ),
  );
  append(
    out,
    scanAll(FULL, work, (m) => {
      const y = part(m[1], 1800, 2099);
      if (y === null) return null;
      const mo = part(m[2], 1, 12);
      return plain(m, 'date', isoDate(y, mo, mo === null ? null : part(m[3], 1, 31)));
    }),
  );
  append(
    out,
    scanAll(MONTH_DAY, work, (m) => {
      const mo = part(m[1], 1, 12);
      return mo === null ? null : plain(m, 'date', isoDate(null, mo, part(m[2], 1, 31)));
    }),
  );
  append(
    out,
    scanAll(DOTTED, work, (m) => plain(m, 'date', isoDate(null, part(m[1], 1, 12), part(m[2], 1, 31)))),
  );
  append(
    out,
    scanAll(MAY_DAY, work, (m) => plain(m, 'date', '--05-01')),
  );
  return out;
}
