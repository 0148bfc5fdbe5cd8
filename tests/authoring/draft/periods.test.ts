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
});
