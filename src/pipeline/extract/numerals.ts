/** Chinese and full-width numerals. */

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

const FULL_WIDTH = /[０-９Ａ-Ｚａ-ｚ％．＋＠－]/g;

/**
 * Maps full-width digits, Latin letters and ％．＋＠－ to ASCII. Each is one UTF-16 unit on both
 * sides, so offsets into the result are offsets into the input.
 */
export function normalizeWidth(s: string): string {
  return s.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Rounds away binary floating-point noise: 86.06 * 10000 is 860600. */
export function roundValue(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function parseArabic(s: string): number | null {
  if (!/^[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?$|^[0-9]*\.[0-9]+$/.test(s)) return null;
  const n = Number(s.replaceAll(',', ''));
  return Number.isFinite(n) ? n : null;
}

function parsePureDigits(s: string): number | null {
  let out = 0;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d === undefined) return null;
    out = out * 10 + d;
  }
  return out;
}

function parseChineseInteger(s: string): number | null {
  if (s.length === 0) return null;
  if ([...s].every((ch) => DIGITS[ch] !== undefined)) return parsePureDigits(s);
  let result = 0; // completed 亿-level and 万-level parts
  let section = 0; // below 万
  let digit: number | null = null; // pending digit
  let prev = '';
  for (const ch of s) {
    const d = DIGITS[ch];
    const small = SMALL_UNITS[ch];
    const big = BIG_UNITS[ch];
    if (d !== undefined) {
      if (digit !== null && digit !== 0 && d !== 0) return null; // 十四五: two digits without a unit between
      digit = d;
    } else if (small !== undefined) {
      const k =
        digit ??
        (prev === '' || SMALL_UNITS[prev] !== undefined || BIG_UNITS[prev] !== undefined || DIGITS[prev] === 0
          ? 1
          : null);
      if (k === null) return null;
      section += k * small;
      digit = null;
    } else if (big !== undefined) {
      const part = section + (digit ?? 0);
      // 万万 is 亿 (一万万元 = 1亿元): a unit right after a unit multiplies what came before.
      if (part === 0 && BIG_UNITS[prev] !== undefined) result *= big;
      else if (big === 1e8) result = (result + part) * big;
      else result += (part === 0 ? 1 : part) * big;
      section = 0;
      digit = null;
    } else {
      return null;
    }
    prev = ch;
  }
  return result + section + (digit ?? 0);
}

/** Past this a value is no longer exact in a double (a long run of 亿 even reaches Infinity): not a statistic. */
const LARGEST = Number.MAX_SAFE_INTEGER;

/**
 * Reads a number written in Arabic digits (full- or half-width, thousands commas, decimals),
 * Chinese numerals ('十三', '一百二十', '两千', '二〇二四', '三点五'), or Arabic digits with a
 * 万/亿 multiplier ('2.9亿'). Returns null for anything else, and for values too large to be exact.
 */
export function parseChineseNumber(input: string): number | null {
  const n = parseAnyNumber(input);
  return n !== null && Number.isFinite(n) && Math.abs(n) <= LARGEST ? n : null;
}

function parseAnyNumber(input: string): number | null {
  const s = normalizeWidth(input).replace(/\s+/g, '');
  if (s === '') return null;
  const arabic = parseArabic(s);
  if (arabic !== null) return arabic;
  const mixed = /^([0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)(千|万|亿|万亿)$/.exec(s);
  if (mixed) {
    const base = parseArabic(mixed[1]!);
    const mult = { 千: 1e3, 万: 1e4, 亿: 1e8, 万亿: 1e12 }[mixed[2] as '千' | '万' | '亿' | '万亿'];
    return base === null ? null : roundValue(base * mult);
  }
  const point = s.indexOf('点');
  if (point >= 0) {
    const whole = parseChineseInteger(s.slice(0, point));
    const frac = parsePureDigits(s.slice(point + 1));
    if (whole === null || frac === null || point + 1 >= s.length) return null;
    return roundValue(
      Number(
        `${whole}.${s
          .slice(point + 1)
          .split('')
          .map((c) => DIGITS[c])
          .join('')}`,
      ),
    );
  }
  return parseChineseInteger(s);
}
