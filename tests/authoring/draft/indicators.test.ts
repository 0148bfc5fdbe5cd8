// The indicator decision: a catalogue indicator only where it counts what the figure counts, else a new one named
// from the document's words; candidates shown with their names and definitions.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/authoring/draft/corpus.ts';
import { draftDocument } from '../../../src/authoring/draft/draft.ts';
import { diskReader } from '../../../src/shared/reader.ts';

const corpus = loadCorpus(diskReader(resolve(import.meta.dirname, '../../..')));

function observations(body: string) {
  const text = `某市2023年知识产权发展与保护状况\n\n${body}\n\n某市知识产权局\n2024年4月23日\n`;
  return draftDocument(corpus, {
    id: 'test-sample',
    file: 'test-sample.txt',
    bytes: new TextEncoder().encode(text),
    jurisdiction: 'shanghai',
    kind: 'white_paper',
  }).annotation.observations;
}
const decided = (body: string) =>
  observations(body).map((o) => [o.mention, o.indicator ?? `new: ${o.proposed_indicator!.name_zh}`]);

describe('the indicator of a figure', () => {
  it('agrees on the kind of right and the action: 发明专利授权 is not 专利授权, 申请 is not 注册', () => {
    expect(
      decided('全年专利授权量8.96万件，其中发明专利授权量2.47万件。全年商标申请量27.3万件、商标注册量19.8万件。'),
    ).toEqual([
      ['8.96万件', 'patent-grants'],
      ['2.47万件', 'invention-patent-grants'],
      ['27.3万件', 'trademark-applications'],
      ['19.8万件', 'trademark-registrations'],
    ]);
  });

  it('agrees on flow or stock: 有效 … 拥有量 is the stock, 新建 … is not a count of what exists', () => {
    expect(decided('截至年底，全市有效发明专利拥有量14.6万件。全年新建知识产权保护工作站6家，累计达到31家。')).toEqual([
      ['14.6万件', 'valid-invention-patents'],
      ['6家', 'new: 新建知识产权保护工作站数'],
      ['31家', 'ip-protection-workstations'],
    ]);
  });

  it("files a change under its base's growth rate, each of 分别 … 和 … under its own", () => {
    expect(decided('全年商标申请量27.3万件、商标注册量19.8万件，分别下降9.6%和11.2%。')).toEqual([
      ['27.3万件', 'trademark-applications'],
      ['19.8万件', 'trademark-registrations'],
      ['下降9.6%', 'trademark-applications-growth'],
      ['11.2%', 'trademark-registrations-growth'],
    ]);
  });

  it('names a new indicator without the verb and adverbs before its number (均达, 分别为, 已), and keeps 行为 whole', () => {
    expect(decided('办结投诉的回访满意率均达98%。全年查处侵权行为为52起。')).toEqual([
      ['98%', 'new: 办结投诉的回访满意率'],
      ['52起', 'new: 查处侵权行为数'],
    ]);
  });

  it('names a clause that opens with an unknown verb by the subject of its sentence; one that opens with a known action keeps its own words and indicator', () => {
    expect(decided('全年实现知识产权质押融资金额41.2亿元，惠及企业293家，查处商标侵权案件47件。')).toEqual([
      ['41.2亿元', 'ip-pledge-financing-amount'],
      ['293家', 'new: 知识产权质押融资惠及企业数'],
      ['47件', 'trademark-cases-investigated'],
    ]);
  });

  it('gives a clause without an action its sentence’s (其中……), the specific right before every right, and reads narrowing words in definitions', () => {
    expect(
      decided(
        '全年查处各类知识产权侵权假冒案件97件。其中商标侵权假冒案件71件，假冒专利案件9件。公安机关侦破知识产权刑事案件45起。受理展会知识产权投诉14件，当场处理13件。',
      ),
    ).toEqual([
      ['97件', 'ip-cases-investigated'],
      ['71件', 'trademark-cases-investigated'],
      ['9件', 'patent-counterfeiting-cases'],
      ['45起', 'ip-criminal-cases-solved'],
      ['14件', 'trade-fair-complaints'],
      ['13件', 'new: 展会知识产权投诉当场处理数'],
    ]);
  });

  it('names a new indicator by its measure word (户次, 份, 条) and without the months or years before it', () => {
    expect(decided('开展专项检查，检查经营主体2850户次。今年1-9月督促平台下架侵权链接1280条。')).toEqual([
      ['2850户次', 'new: 检查经营主体户次'],
      ['1280条', 'new: 督促平台下架侵权链接条数'],
    ]);
  });

  it('proposes a new indicator in the text’s words where none counts the same thing, with its English and unit', () => {
    const [a, b, c] = observations(
      '为37家出海企业开展风险排查，完成对辖区12家重点电商平台的集中检查。全年查处商标侵权案件47件，同比下降6.0%。',
    ).filter((o) => o.indicator === null);
    expect(a!.proposed_indicator).toMatchObject({
      name_zh: '开展风险排查的出海企业数',
      unit: '家',
      flow_stock: 'flow',
    });
    expect(b!.proposed_indicator!.name_zh).toBe('集中检查的重点电商平台数');
    expect(c!.proposed_indicator).toMatchObject({
      name_zh: '查处商标侵权案件数同比增长率',
      base: 'trademark-cases-investigated',
    });
    expect(a!.proposed_indicator).toMatchObject({
      name_en: 'Enterprises',
      untranslated_zh: ['开展风险排查的', '出海'],
    });
  });

  it('names a bare rate by the object just counted: ……案件158件，结案率94.3%', () => {
    const [, , rate] = observations('受理专利侵权纠纷行政裁决案件158件，结案149件，结案率94.3%。');
    expect(rate!.proposed_indicator!.name_zh).toBe('专利侵权纠纷行政裁决案件结案率');
  });

  it('shows candidates with their Chinese names and definitions, and never one in another unit', () => {
    const units = new Map(corpus.indicators.map((i) => [i.id, i.unit]));
    for (const o of observations('全年专利授权量8.96万件。培训企业人员约420人次。为37家出海企业开展风险排查。'))
      for (const c of o.indicator_candidates) {
        expect(c.name_zh.length).toBeGreaterThan(1);
        expect(c.definition_zh.length).toBeGreaterThan(1);
        expect(units.get(c.id)).toBe(o.unit);
      }
  });
});
