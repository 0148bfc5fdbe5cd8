// Inputs that broke the extractor: sheer numbers of mentions, numerals too large to be exact, 万万, and lists whose
// unit is written only after the last item.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/pipeline/extract/index.ts';
import { parseChineseNumber } from '../../../src/pipeline/extract/numerals.ts';

const read = (text: string) => extractMentions(text).map((m) => [m.text, m.value, m.unit]);
const kinds = (text: string) => extractMentions(text).map((m) => [m.text, m.kind, m.value]);

describe('the extractor on hostile input', () => {
  it('reads 150,000 dates of one kind without overflowing the call stack', () => {
    const text = '2023年3月15日，'.repeat(150_000);
    const mentions = extractMentions(text);
    expect(mentions.length).toBe(150_000);
    expect(mentions.at(-1)!.kind).toBe('date');
  });

  it('reports a value that is not finite or not exact (a long run of 亿) as unreadable rather than reading Infinity', () => {
    expect(parseChineseNumber(`三${'亿'.repeat(50)}`)).toBeNull();
    expect(kinds(`共三${'亿'.repeat(50)}元`)).toEqual([[`三${'亿'.repeat(50)}元`, 'unreadable', null]]);
    const ms = extractMentions(`${'9'.repeat(400)}件，${'一'.repeat(3)}${'亿'.repeat(40)}元`);
    expect(ms.map((m) => [m.kind, m.value])).toEqual([
      ['unreadable', null],
      ['unreadable', null],
    ]);
  });

  it.each([
    ['a 20-digit run', '登记号12345678901234567890件', '12345678901234567890件'],
    ['scientific notation', '金额1.2e5元', '1.2e5元'],
    ['scientific notation with a sign', '金额1.2E+5元', '1.2E+5元'],
    ['commas that are neither thousands nor a list', '共1,05,0件', '1,05,0件'],
    ['thousands mixed with a list', '共1,234,56件', '1,234,56件'],
    ['two decimal points', '版本3.14.15', '3.14.15'],
    ['a numeral that is no number', '共十七八家', '十七八家'],
    ['百分之 with no number', '达到百分之十四五', '百分之十四五'],
  ])('reads %s whole as unreadable, never in part', (_name, input, text) => {
    expect(kinds(input)).toEqual([[text, 'unreadable', null]]);
  });

  it('reads 万万 as 亿: 一万万元 is 100,000,000 元', () => {
    expect(parseChineseNumber('一万万')).toBe(1e8);
    expect(read('共一万万元')).toEqual([['一万万元', 1e8, '元']]);
    expect(parseChineseNumber('三千万')).toBe(3e7);
    expect(parseChineseNumber('一亿二千万')).toBe(1.2e8);
  });

  it('reads every number of a list, with Arabic or Chinese numerals and any separator', () => {
    expect(read('分别为12、13、14件')).toEqual([
      ['12', 12, null],
      ['13', 13, null],
      ['14件', 14, '件'],
    ]);
    expect(read('分别为12,13,14件')).toEqual([
      ['12', 12, null],
      ['13', 13, null],
      ['14件', 14, '件'],
    ]);
    expect(read('分别为十二、十三、十四件')).toEqual([
      ['十二', 12, '件'],
      ['十三', 13, '件'],
      ['十四件', 14, '件'],
    ]);
    // Thousands separators still hold one number, and a list of ordinals is not a list of counts.
    expect(read('135,565件')).toEqual([['135,565件', 135565, '件']]);
    expect(read('第一、二、三条').map((m) => m[0])).toEqual(['三条']);
  });
});
