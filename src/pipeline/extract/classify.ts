import { DURATION_UNITS, MONEY_UNITS, PSEUDO_UNIT, unitWord } from './units.ts';
import type { MentionKind } from '../../schemas/vocab.ts';

/**
 * Whether a Chinese-numeral count is an idiom rather than a number.
 *
 * A bare 一 before a measure word is the indefinite article: 一批 ("a batch of"), 一个 ("a"),
 * 一张网, 一件事, 一起 ("together"), 一次性, 一轮, 一项: no mention. Durations are real
 * quantities: 一年, 一个月 → quantity 1 年 / 1 个月. Chinese numerals with no measure word
 * (一体化, 统一, 一线, 十四五 outside quotes, 千企百城, 一轴三带) are never emitted by the quantity
 * scanner; 双 and 首 are not numerals (双真, 首批: nothing).
 */
export function isIdiom(numeral: string, written: string | undefined): boolean {
  if (written === undefined) return true;
  const unit = unitWord(written);
  return (numeral === '一' || numeral === '壹') && !DURATION_UNITS.has(unit);
}

/** money when the unit is a currency (unit becomes '元' etc.), otherwise quantity; 大 gives unit null. */
export function classifyUnit(written: string | undefined): { kind: MentionKind; unit: string | null } {
  if (written === undefined) return { kind: 'quantity', unit: null };
  const unit = unitWord(written);
  if (unit === PSEUDO_UNIT) return { kind: 'quantity', unit: null };
  if (MONEY_UNITS.has(unit)) return { kind: 'money', unit };
  return { kind: 'quantity', unit };
}
