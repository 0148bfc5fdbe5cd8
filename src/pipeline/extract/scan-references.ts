import { AR_BEFORE, CN_CHARS, WS, re } from './patterns.ts';
import { append, plain, scanAll } from './scan.ts';
import type { Draft } from './types.ts';

/**
 * Identifiers that contain numbers but count nothing:
 * - document numbers: the number part 〔2023〕4号 of 沪知局保〔2023〕4号 (the issuer prefix is not included);
 * - 第0994号 (a proposal or case number);
 * - plan names in quotes made only of numerals: “十四五” → 十四五 (quotes not included), and 十四五
 *   before 规划/时期; “五一” is left to the date scanner;
 * - formulas such as “1+1+X”, “1+1”;
 * - codes mixing Latin letters and digits: G60, 5G;
 * - rankings like “500强”, and a year glued to a campaign name before a closing quote: “昆仑2023”.
 */
const DOC_NUMBER = re(`[〔［\\[【(（]\\s{0,2}(?:1[89]|20)[0-9]{2}\\s{0,2}[〕］\\]】)）]${WS}[0-9]+${WS}号`);
const NUMBERED = re(`第${WS}[0-9]+${WS}号`);
const QUOTED_NUMERALS = re(`(?<=[“"「])[${CN_CHARS}]+(?=[”"」])`);
const PLAN_NAME = re(`(?<![${CN_CHARS}])十[一二三四五六七八九]五(?=规划|时期|期间)`);
const FORMULA = re('(?<![0-9A-Za-z])[0-9]+(?:\\s{0,2}\\+\\s{0,2}(?:[0-9]+|[A-Za-z]+))+(?![0-9A-Za-z])');
const CODE = re('(?<![0-9A-Za-z@._-])(?:[A-Za-z]+[0-9]+[A-Za-z0-9]*|[0-9]+[A-Z]+[A-Za-z0-9]*)(?![0-9A-Za-z@])');
const RANKING = re(`${AR_BEFORE}[0-9]+强`);
const NAME_YEAR = re('(?<=[\\u4e00-\\u9fff])(?:19|20)[0-9]{2}(?=[”"」])');

export function scanReferences(work: string): Draft[] {
  const out: Draft[] = [];
  for (const rx of [DOC_NUMBER, NUMBERED, PLAN_NAME, FORMULA, CODE, RANKING, NAME_YEAR]) {
    append(
      out,
      scanAll(rx, work, (m) => plain(m, 'reference')),
    );
  }
  append(
    out,
    scanAll(QUOTED_NUMERALS, work, (m) => (m[0] === '五一' ? null : plain(m, 'reference'))),
  );
  return out;
}
