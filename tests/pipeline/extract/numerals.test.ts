import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../../src/pipeline/extract/index.ts';

describe('parseChineseNumber', () => {
  it.each<[string, number | null]>([
    ['十三', 13],
    ['十', 10],
    ['二十五', 25],
    ['一百二十', 120],
    ['一百零五', 105],
    ['两千', 2000],
    ['三万五千', 35000],
    ['三亿五千万', 350000000],
    ['一万亿', 1e12],
    ['二〇二四', 2024],
    ['二〇二三', 2023],
    ['八十', 80],
    ['五', 5],
    ['零', 0],
    ['三点五', 3.5],
    ['壹佰贰拾', 120],
    ['１２８', 128],
    ['135,565', 135565],
    ['86.06', 86.06],
    ['１,０５０', 1050],
    ['2.9亿', 290000000],
    ['86.06万', 860600],
    [' 25 ', 25],
    ['十四五', null],
    ['', null],
    ['abc', null],
    ['一批', null],
    ['1,23', null],
  ])('%s → %s', (s, n) => {
    expect(parseChineseNumber(s)).toBe(n);
  });
});
