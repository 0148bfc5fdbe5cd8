import { WS, re } from './patterns.ts';
import { scanAll } from './scan.ts';
import type { Draft } from './types.ts';
import { UNIT_ALT, unitWord } from './units.ts';

/**
 * Arabic numbers the extractor cannot read whole, reported as `unreadable` rather than skipped or read in part:
 * 1.2e5元 (scientific notation), 1,05,0 and 1,234,56 (commas that are neither thousands nor a list), 1.2.3, and
 * runs too long to be exact in a double (a 20-digit run). Runs after the passes that read dates (2023.03.15),
 * codes, phone numbers and list markers, so what those read is masked out by then. The unit after the number, if
 * any, is part of the mention, so that the curator sees what was counted.
 */
const TOKEN = re(
  `(?<![0-9A-Za-z.,])[0-9](?:[0-9.,]*[0-9])?(?:[eE][+-]?[0-9]+)?(?:${WS}(万亿|万|亿|千))?(?:${WS}(%|${UNIT_ALT}))?`,
);

/** One number: digits with thousands commas and a decimal part. */
const NUMBER = /^[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?$/u;
/** A list written with commas (分别为12,13,14件): items of one to three digits, none with a leading zero. */
const LIST_ITEM = /^(?:0|[1-9][0-9]{0,2})(?:\.[0-9]+)?$/u;

function readable(token: string): boolean {
  if (/[eE]/u.test(token)) return false;
  if (NUMBER.test(token)) return Number(token.replaceAll(',', '')) <= Number.MAX_SAFE_INTEGER;
  const items = token.split(',');
  // A three-digit item after a comma is a thousands group: mixed with others it is neither a number nor a list.
  return items.every((item, i) => LIST_ITEM.test(item) && !(i > 0 && /^[0-9]{3}(?:\.|$)/u.test(item)));
}

export function scanUnreadable(work: string): Draft[] {
  return scanAll(TOKEN, work, (m) => {
    const token = m[0].slice(0, m[0].search(/[^0-9.,eE+-]|$/u));
    if (readable(token)) return null;
    const unit = m[2] === undefined ? null : unitWord(m[2]);
    return { start: m.index, end: m.index + m[0].length, value: null, unit, qualifier: 'exact', kind: 'unreadable' };
  });
}
