import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/pipeline/extract/index.ts';

/**
 * Numerals that are not numbers. Decisions: 一 before a measure word is the indefinite article
 * (一批 "a batch of", 一个, 一张网, 一件事, 一轮, 一起) and yields nothing unless the unit is a
 * duration (一年, 一个月); Chinese numerals with no measure word never yield a quantity.
 */
describe('idioms produce no mention', () => {
  it.each([
    '进一步完善',
    '一体化保护',
    '一流业绩',
    '促进标准统一',
    '一线执法',
    '唯一',
    '第一时间提前介入',
    '依托第三方技术手段',
    '审结一批典型案件',
    '开展一系列执法专项行动',
    '全市一张网',
    '在静安区“一轴三带”发展战略指引下',
    '共同打造“双真”品牌',
    '建立四方合作机制',
    '知识产权保护“一件事”集成服务',
    '“千企百城”商标品牌价值提升行动',
    '驰而不息纠“四风”树新风',
    '多家在沪保险机构',
    '多项任务举措',
    '关键一环',
    '开展百日行动',
    '实现“四合一”检察综合履职',
    '千家万户',
    '最近举办',
    '以上海为中心',
    '新一轮合作协议',
    '一起推动',
    '一次性告知',
    '司法保护和行政保护双轮驱动',
    '首批典型案例',
    '万元户',
    '统一组织',
    '围绕一个中心主题',
  ])('%s', (s) => {
    expect(extractMentions(s)).toEqual([]);
  });

  it('以上 belongs to a number only right after it', () => {
    expect(extractMentions('以上措施')).toEqual([]);
    expect(extractMentions('3个以上海为中心的机构').map((m) => [m.text, m.qualifier])).toEqual([['3个', 'exact']]);
  });

  it('多 is a qualifier only between a number and its unit', () => {
    expect(extractMentions('100多家').map((m) => m.qualifier)).toEqual(['more_than']);
    expect(extractMentions('3多元化').map((m) => m.text)).toEqual(['3']);
  });

  it('最近 is not 近 (nearly)', () => {
    expect(extractMentions('最近3年').map((m) => [m.text, m.qualifier])).toEqual([['3年', 'exact']]);
  });

  it('empty input', () => {
    expect(extractMentions('')).toEqual([]);
  });
});
