import type { Qualifier } from '../../schemas/vocab.ts';
import { spaced } from './units.ts';

/** Words before a number, longest first. */
const PREFIXES: Readonly<Record<string, Qualifier>> = {
  不少于: 'at_least',
  不低于: 'at_least',
  至少: 'at_least',
  超过: 'more_than',
  逾: 'more_than',
  将近: 'approximate',
  大约: 'approximate',
  约: 'approximate',
  近: 'approximate',
};
/** Words after a number (余, 多) or after its unit (以上, 左右). */
const SUFFIXES: Readonly<Record<string, Qualifier>> = {
  余: 'more_than',
  多: 'more_than',
  以上: 'at_least',
  左右: 'approximate',
};

export const PREFIX_ALT = Object.keys(PREFIXES)
  .sort((a, b) => b.length - a.length)
  .map(spaced)
  .join('|');
/** 以上 after a number, but not 以上海… ("taking Shanghai as…"). */
export const AFTER_UNIT_ALT = `${spaced('以上')}(?!海)|${spaced('左右')}`;

/**
 * 近 is "nearly" only on its own: 最近 (recently), 附近 (nearby), 邻近 are not qualifiers.
 * Returns false when the prefix at `at` must be dropped.
 */
export function prefixStands(word: string, work: string, at: number): boolean {
  return !(word === '近' && at > 0 && '最附邻临'.includes(work[at - 1]!));
}

/** The qualifier carried by the words found around a number; exact when none. */
export function qualify(words: ReadonlyArray<string | undefined>): Qualifier {
  for (const written of words) {
    if (written === undefined) continue;
    const w = written.replace(/\s+/g, '');
    const q = PREFIXES[w] ?? SUFFIXES[w];
    if (q) return q;
  }
  return 'exact';
}
