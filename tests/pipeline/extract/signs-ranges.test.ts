// Falls are negative, ranges are one mention: the readings issue 20 found missing on documents never seen.
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/pipeline/extract/index.ts';

const read = (text: string) =>
  extractMentions(text).map((m) => ({
    text: m.text,
    value: m.value,
    ...(m.low === undefined ? {} : { low: m.low, high: m.high }),
    qualifier: m.qualifier,
    kind: m.kind,
  }));

describe('signs', () => {
  it.each([
    ['专利授权量同比下降6.0%。', '下降6.0%', -6],
    ['较上年减少120件', '减少120件', -120],
    ['同比回落2.5个百分点', '回落2.5个百分点', -2.5],
    ['平均审查周期降低了1.5个月', '降低了1.5个月', -1.5],
    ['商标申请量下滑 3.1%', '下滑 3.1%', -3.1],
    ['降幅为4%', '降幅为4%', -4],
    ['同比增长-3.2%', '-3.2%', -3.2],
    ['增长率为－3.2％', '－3.2％', -3.2],
  ])('%s → %s is %d', (input, text, value) => {
    expect(read(input)).toMatchObject([{ text, value }]);
  });

  it('keeps the qualifier of a fall: 下降约6% is about -6', () => {
    expect(read('同比下降约6%')).toEqual([{ text: '下降约6%', value: -6, qualifier: 'approximate', kind: 'percent' }]);
  });

  it('reads a level, not a change, after 至/到/为', () => {
    expect(read('审查周期降低至15个月，占比下降到8%')).toMatchObject([
      { text: '15个月', value: 15 },
      { text: '8%', value: 8 },
    ]);
  });

  it('never reads a dash between numbers as a minus', () => {
    expect(read('发明专利授权量同比增长15.2%，2023-2025年')[0]).toMatchObject({ value: 15.2 });
    expect(read('共5-3家')).toMatchObject([{ value: 5 }, { value: 3 }]);
  });
});

describe('ranges', () => {
  it.each([
    ['培育3-5家', '3-5家', 3, 5, 'quantity'],
    ['培育3至5家', '3至5家', 3, 5, 'quantity'],
    ['培育三到五家', '三到五家', 3, 5, 'quantity'],
    ['培育3～5家', '3～5家', 3, 5, 'quantity'],
    ['培育3~5家', '3~5家', 3, 5, 'quantity'],
    ['培育3家至5家', '3家至5家', 3, 5, 'quantity'],
    ['覆盖率30%-50%', '30%-50%', 30, 50, 'percent'],
    ['资助5-10万元', '5-10万元', 50_000, 100_000, 'money'],
    ['资助5万至10万元', '5万至10万元', 50_000, 100_000, 'money'],
  ])('%s is one mention %s from %d to %d', (input, text, low, high, kind) => {
    expect(read(input)).toEqual([{ text, value: low, low, high, qualifier: 'at_least', kind }]);
  });

  it.each([
    ['新增三四家', '三四家', 3, 4],
    ['新增三五家', '三五家', 3, 5],
    ['新增二三十家', '二三十家', 20, 30],
    ['培训七八百人', '七八百人', 700, 800],
    ['用时一两个月', '一两个月', 1, 2],
  ])('reads the 概数 %s as an approximate range', (input, text, low, high) => {
    expect(read(input)).toMatchObject([{ text, value: low, low, high, qualifier: 'approximate' }]);
  });

  it('keeps 约 on a range, and gives a fall over a range negative bounds', () => {
    expect(read('约3-5家')).toMatchObject([{ text: '约3-5家', low: 3, high: 5, qualifier: 'approximate' }]);
    expect(read('降低3至5个百分点')).toMatchObject([{ text: '降低3至5个百分点', value: -5, low: -5, high: -3 }]);
  });

  it('reads 第3-5条 as ordinals, not a count, and 2021-2035年 as years', () => {
    expect(read('第3-5条')).toMatchObject([{ text: '第3-5条', kind: 'ordinal', low: 3, high: 5 }]);
    expect(read('2021-2035年')).toMatchObject([{ kind: 'year_range' }]);
  });

  it('is no range when the bounds disagree on their unit or are out of order', () => {
    expect(read('3家-5件')).toMatchObject([{ text: '3家' }, { text: '5件' }]);
  });
});

describe('a fall over a list', () => {
  it('carries 下降 to every number 和/、 join: 分别下降9.6%和11.2%', () => {
    expect(read('商标申请量、注册量分别下降9.6%和11.2%')).toMatchObject([
      { text: '下降9.6%', value: -9.6 },
      { text: '11.2%', value: -11.2 },
    ]);
    expect(read('分别下降9.6%，增长11.2%')).toMatchObject([{ value: -9.6 }, { value: 11.2 }]);
  });
});

describe('shares and changes written in words', () => {
  it.each([
    ['结案率超过九成', '超过九成', 90, 'more_than'],
    ['满意度达到八成以上', '八成以上', 80, 'at_least'],
    ['登记量较上年翻一番', '翻一番', 100, 'approximate'],
    ['融资额翻了两番', '翻了两番', 300, 'approximate'],
  ])('%s → %s', (input, text, value, qualifier) => {
    expect(read(input)).toEqual([{ text, value, qualifier, kind: 'percent' }]);
  });

  it('leaves idioms alone: 一成不变, 三五成群', () => {
    expect(read('一成不变，三五成群')).toEqual([]);
  });

  it('reads working days as a duration: 3-5个工作日', () => {
    expect(extractMentions('办理周期压缩至3-5个工作日')[0]).toMatchObject({ text: '3-5个工作日', unit: '个工作日' });
  });
});

describe('month ranges', () => {
  it.each([
    ['2024年1至5月，新增指导案件41起', '2024年1至5月', '2024-01/2024-05'],
    ['1至6月，查处案件2件', '1至6月', '--01/--06'],
    ['1-5月份，受理', '1-5月份', '--01/--05'],
  ])('%s: %s is a date, not a count', (input, text, iso) => {
    expect(extractMentions(input)[0]).toMatchObject({ text, kind: 'date', iso });
  });
});
