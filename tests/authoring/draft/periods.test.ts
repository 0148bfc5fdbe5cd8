// The period each figure covers, from the time expression that governs it, not from the document's date.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/authoring/draft/corpus.ts';
import { draftDocument } from '../../../src/authoring/draft/draft.ts';
import { diskReader } from '../../../src/shared/reader.ts';

const corpus = loadCorpus(diskReader(resolve(import.meta.dirname, '../../..')));

function periods(text: string, kind: string): [string, string, string][] {
  const { annotation } = draftDocument(corpus, {
    id: 'test-sample',
    file: 'test-sample.txt',
    bytes: new TextEncoder().encode(text),
    jurisdiction: 'shanghai',
    kind,
  });
  return annotation.observations.map((o) => [o.mention, o.period_start, o.period_end]);
}

describe('the period of a figure', () => {
  it("is a white paper's reporting year, from its title, though it was issued the year after", () => {
    const text = [
      '某市2023年知识产权发展与保护状况',
      '',
      '一、知识产权创造',
      '全年专利授权量8.96万件，同比下降4.7%。截至年底，全市有效发明专利拥有量14.6万件，较上年增加6.1件。',
      '',
      '某市知识产权局',
      '2024年4月23日',
    ].join('\n');
    expect(periods(text, 'white_paper')).toEqual([
      ['8.96万件', '2023-01-01', '2023-12-31'],
      ['下降4.7%', '2023-01-01', '2023-12-31'],
      // A stock 截至年底 is counted on that day; the change beside it is over the year.
      ['14.6万件', '2023-12-31', '2023-12-31'],
      ['6.1件', '2023-01-01', '2023-12-31'],
    ]);
  });

  it('takes a year at the head of a paragraph for its sentences, and 新建 … 累计达到 as a flow and a stock', () => {
    const text = '某区工作总结\n\n2022年，全区新建工作站6家，累计达到31家。\n\n某区知识产权局\n2024年1月16日\n';
    expect(periods(text, 'work_summary')).toEqual([
      ['6家', '2022-01-01', '2022-12-31'],
      ['31家', '2022-12-31', '2022-12-31'],
    ]);
  });

  it('reads 以来/起 … 截至 as a cumulative span, 上半年 and 1至6月 as halves of the year', () => {
    const text = [
      '关于某提案的答复',
      '',
      '2022年起开展保险试点，截至2024年5月底，累计为196家企业提供风险保障12.6亿元。',
      '2021年以来，累计举办培训63场。上半年委派调解纠纷118件。1至6月，查处案件2件。',
      '截至6月底已认定示范点6家。',
      '',
      '某局',
      '2024年6月18日',
    ].join('\n');
    expect(periods(text, 'proposal_reply')).toEqual([
      ['196家', '2022-01-01', '2024-05-31'],
      ['12.6亿元', '2022-01-01', '2024-05-31'],
      ['63场', '2021-01-01', '2024-06-18'],
      ['118件', '2024-01-01', '2024-06-30'],
      ['2件', '2024-01-01', '2024-06-30'],
      ['6家', '2024-06-30', '2024-06-30'],
    ]);
  });

  it('ignores a year inside a title 《…》 and a month that dates an event', () => {
    const text = [
      '某区2023年工作总结',
      '',
      '按照《某区2025年知识产权实施方案》部署，9月份完成对12家重点电商平台的集中检查。',
      '',
      '某区知识产权局',
      '2024年1月16日',
    ].join('\n');
    expect(periods(text, 'work_summary')).toEqual([['12家', '2023-01-01', '2023-12-31']]);
  });

  it("reads 今年 as the year a reply speaks in, 近三年 and 两年合计 as whole years, 上年末 as a change's base", () => {
    const text = [
      '关于加强知识产权维权援助的答复',
      '',
      '2021年受理援助案件268件，2022年受理331件，两年罚没款合计412万元。今年上半年，又新注册地理标志商标11件。',
      '近三年累计核准使用主体632家。',
      '截至2023年6月底，全市已建成工作站27家，其中今年新建5家；专用标志使用覆盖率为41.5%，较上年末提高6.2个百分点。',
      '今年共受理投诉案件120件。',
      '',
      '某市市场监督管理局',
      '2023年10月20日',
    ].join('\n');
    expect(periods(text, 'proposal_reply')).toEqual([
      ['268件', '2021-01-01', '2021-12-31'],
      ['331件', '2022-01-01', '2022-12-31'],
      ['412万元', '2021-01-01', '2022-12-31'],
      // 今年 after 2022年 in the same paragraph: the reply's own year, not the year just read.
      ['11件', '2023-01-01', '2023-06-30'],
      ['632家', '2020-01-01', '2022-12-31'],
      ['27家', '2023-06-30', '2023-06-30'],
      ['5家', '2023-01-01', '2023-06-30'],
      ['41.5%', '2023-01-01', '2023-06-30'],
      ['6.2个百分点', '2023-01-01', '2023-06-30'],
      // A reply's 今年 runs to its date, and a count of what was done in it stays a flow.
      ['120件', '2023-01-01', '2023-10-20'],
    ]);
  });

  it('counts a share of what is held (有效…占…%) on a date, a share of what was done over the year', () => {
    const text = [
      '某市2022年知识产权保护状况',
      '',
      '截至2022年底，全市民营企业拥有的有效发明专利占全市总量的71.3%。全年发明专利授权量中，企业占比82.5%。',
      '',
      '某市知识产权局',
      '2023年4月20日',
    ].join('\n');
    expect(periods(text, 'white_paper')).toEqual([
      ['71.3%', '2022-12-31', '2022-12-31'],
      ['82.5%', '2022-01-01', '2022-12-31'],
    ]);
  });
});
