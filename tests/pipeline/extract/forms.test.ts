import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/pipeline/extract/index.ts';
import { fieldsOf, mentionOf, type Expected } from './helpers.ts';

type Row = [input: string, text: string, expected: Expected];

const q = (value: number, unit: string | null, qualifier: Expected['qualifier'] = 'exact'): Expected => ({
  value,
  unit,
  qualifier,
  kind: 'quantity',
});
const money = (value: number, qualifier: Expected['qualifier'] = 'exact'): Expected => ({
  value,
  unit: '元',
  qualifier,
  kind: 'money',
});
const pct = (value: number, qualifier: Expected['qualifier'] = 'exact'): Expected => ({
  value,
  unit: '%',
  qualifier,
  kind: 'percent',
});
const date = (iso?: string): Expected =>
  iso === undefined
    ? { value: null, unit: null, qualifier: 'exact', kind: 'date' }
    : { value: null, unit: null, qualifier: 'exact', kind: 'date', iso };
const range = (iso: string): Expected => ({ value: null, unit: null, qualifier: 'exact', kind: 'year_range', iso });
const ord = (value: number, unit: string | null = null): Expected => ({
  value,
  unit,
  qualifier: 'exact',
  kind: 'ordinal',
});
const ref: Expected = { value: null, unit: null, qualifier: 'exact', kind: 'reference' };
const contact: Expected = { value: null, unit: null, qualifier: 'exact', kind: 'contact' };

const check = (input: string, text: string, expected: Expected): void => {
  expect(fieldsOf(mentionOf(input, text))).toEqual(expected);
};

describe('quantities', () => {
  it.each<Row>([
    ['受理各类知识产权案件 135,565 件，', '135,565 件', q(135565, '件')],
    ['共查处商标违法案件1050件，', '1050件', q(1050, '件')],
    ['共建成维权援助工作站 25 家，', '25 家', q(25, '家')],
    ['纳入名录的重点商标共 940 件', '940 件', q(940, '件')],
    ['监测网络主体１２８个次', '１２８个次', q(128, '个次')],
    ['网络主体86.06万个次，', '86.06万个次', q(860600, '个次')],
    ['监测各类商品信息5234.32万余个次，', '5234.32万余个次', q(52343200, '个次', 'more_than')],
    ['涉及企业园区近2万家次。', '近2万家次', q(20000, '家次', 'approximate')],
    ['收到预审案件近250件。', '近250件', q(250, '件', 'approximate')],
    ['律师事务所约 120 家，', '约 120 家', q(120, '家', 'approximate')],
    ['共侦破相关刑事案件1200余起，', '1200余起', q(1200, '起', 'more_than')],
    ['保护了300余个品牌', '300余个', q(300, '个', 'more_than')],
    ['调解员队伍扩充至80余人。', '80余人', q(80, '人', 'more_than')],
    ['加入单位超过170家，', '超过170家', q(170, '家', 'more_than')],
    ['已有加入单位和意向单位超过 170 家，', '超过 170 家', q(170, '家', 'more_than')],
    ['共有100多家企业', '100多家', q(100, '家', 'more_than')],
    ['培育不少于5个示范点', '不少于5个', q(5, '个', 'at_least')],
    ['组织活动20场左右', '20场左右', q(20, '场', 'approximate')],
    ['共发布十三批重点商标保护名录', '十三批', q(13, '批')],
    ['涉及二十五家单位', '二十五家', q(25, '家')],
    ['培训一百二十人', '一百二十人', q(120, '人')],
    ['覆盖两千家企业', '两千家', q(2000, '家')],
    ['累计开展线上线下活动近150场', '近150场', q(150, '场', 'approximate')],
    ['本市知识产权保险投保801笔', '801笔', q(801, '笔')],
    ['案件涉及美国、瑞士、法国等13个国家的当事人', '13个', q(13, '个')],
    ['市双打办等9个部门深入落实', '9个', q(9, '个')],
    ['聚焦上海深化“五个中心”建设', '五个', q(5, '个')],
    ['强化“四大功能”等重大战略任务', '四大', q(4, null)],
    ['上海三级法院共受理', '三级', q(3, '级')],
    ['深化十二省市、长三角地区的协作', '十二省市', q(12, '省市')],
    ['在一年的建设周期内完成', '一年', q(1, '年')],
    ['开展为期一个月的宣传活动', '一个月', q(1, '个月')],
    ['上海连续三年获得优秀等次', '三年', q(3, '年')],
    ['在浦东开发开放30周年庆祝大会上', '30周年', q(30, '周年')],
    ['共计 4821 ', '4821', q(4821, null)],
    ['新增 3 个\n\n百分点', '3 个\n\n百分点', q(3, '个百分点')],
  ])('%s → %s', check);
});

describe('money', () => {
  it.each<Row>([
    ['罚没款1147万元；', '1147万元', money(11470000)],
    ['保额2.9亿元，', '2.9亿元', money(290000000)],
    ['基金初始累计金额超过 120 万元，', '超过 120 万元', money(1200000, 'more_than')],
    ['资助 120 万元', '120 万元', money(1200000)],
    ['奖励5000元', '5000元', money(5000)],
    ['奖励五万元', '五万元', money(50000)],
    ['资金１,２００万元', '１,２００万元', money(12000000)],
  ])('%s → %s', check);
});

describe('percentages', () => {
  it.each<Row>([
    ['同期结案率达 95.38%，', '95.38%', pct(95.38)],
    ['分别同比增长115.9%和94.5%。', '115.9%', pct(115.9)],
    ['成功率32.2%，', '32.2%', pct(32.2)],
    ['覆盖率达到50%以上。', '50%以上', pct(50, 'at_least')],
    ['覆盖率达到８０％。', '８０％', pct(80)],
    ['覆盖率达到百分之八十', '百分之八十', pct(80)],
    ['覆盖率约 30 %', '约 30 %', pct(30, 'approximate')],
    ['不低于60%', '不低于60%', pct(60, 'at_least')],
  ])('%s → %s', check);
});

describe('dates', () => {
  it.each<Row>([
    ['2023年3月15日', '2023年3月15日', date('2023-03-15')],
    ['2023 年 8 月 2 日印发', '2023 年 8 月 2 日', date('2023-08-02')],
    ['于2023年4月7日前报送', '2023年4月7日', date('2023-04-07')],
    ['于2023年6月15日和11月15日前分别报送', '11月15日', date('--11-15')],
    ['于6月15日前', '6月15日', date('--06-15')],
    ['截至6月已备案', '6月', date('--06')],
    ['于今年2月正式运行', '今年2月', date('--02')],
    ['市知识产权局于2020年5月修订', '2020年5月', date('2020-05')],
    ['2022年，上海各级', '2022年', date('2022')],
    ['局系统 2024 年 工作要点', '2024 年', date('2024')],
    ['二〇二四年三月', '二〇二四年三月', date('2024-03')],
    ['二〇二四年工作', '二〇二四年', date('2024')],
    ['2023年度报告', '2023年度', date('2023')],
    ['2022年以来共侦破', '2022年', date('2022')],
    ['围绕“五一”、端午', '五一', date('--05-01')],
    ['充分利用“4·26世界知识产权日”', '4·26', date('--04-26')],
    ['发布日期 2023-03-15 。', '2023-03-15', date('2023-03-15')],
  ])('%s → %s', check);
});

describe('year ranges', () => {
  it.each<Row>([
    ['《上海市知识产权强市建设纲要（2021—2035年）》', '2021—2035年', range('2021/2035')],
    ['纲要(2021-2035年)', '2021-2035年', range('2021/2035')],
    ['《山东省 2023-2025 年知识产权保护推进计划》', '2023-2025 年', range('2023/2025')],
    ['实施推进计划（2024—2025）》', '2024—2025', range('2024/2025')],
    ['2020 年至 2022 年，上海三级法院', '2020 年至 2022 年', range('2020/2022')],
    ['“2021—2022 年度知识产权十佳案例”', '2021—2022 年度', range('2021/2022')],
    ['2021年至今，上海法院', '2021年至今', range('2021/..')],
    ['二〇二一—二〇三五年', '二〇二一—二〇三五年', range('2021/2035')],
  ])('%s → %s', check);
});

describe('ordinals', () => {
  it.each<Row>([
    ['开展第六届中国国际进口博览会', '第六届', ord(6, '届')],
    ['做好第19届亚运会', '第19届', ord(19, '届')],
    ['区政府第33次常务会议', '第33次', ord(33, '次')],
    ['办好第二十一届上海知识产权国际论坛', '第二十一届', ord(21, '届')],
    ['在中央政治局第二十五次集体学习时', '第二十五次', ord(25, '次')],
    ['对市政协十四届一次会议 第0994号提案', '十四届', ord(14, '届')],
    ['对市政协十四届一次会议 第0994号提案', '一次', ord(1, '次')],
    ['认真落实十二届市委三次、四次全会部署', '四次', ord(4, '次')],
    ['党的二十大和二十届二中全会', '二十大', ord(20)],
    ['党的二十大和二十届二中全会', '二中全会', ord(2)],
    ['正文\n1.全面部署落实', '1.', ord(1)],
    ['正文\n12.建立健全', '12.', ord(12)],
    ['正文\n2、 主要任务', '2、', ord(2)],
    ['正文\n一、总体要求', '一、', ord(1)],
    ['正文\n（一）加强知识产权', '（一）', ord(1)],
    ['正文\n(3) 加强', '(3)', ord(3)],
    ['正文\n（2） 加强业务指导', '（2）', ord(2)],
    ['理由如下。一是制定发布', '一是', ord(1)],
  ])('%s → %s', check);
});

describe('references', () => {
  it.each<Row>([
    ['沪知局保〔2023〕4号', '〔2023〕4号', ref],
    ['(沪知局保〔2022〕22号)', '〔2022〕22号', ref],
    ['第0994号提案', '第0994号', ref],
    ['《上海市知识产权保护和运用“十四五”规划》', '十四五', ref],
    ['建设知识产权公共服务“1+1+X”体系', '1+1+X', ref],
    ['长三角G60科创走廊', 'G60', ref],
    ['世界“500强”', '500强', ref],
    ['依托“昆仑2023”“砺剑”等专项行动', '2023', ref],
  ])('%s → %s', check);
});

describe('contacts', () => {
  it.each<Row>([
    ['联系电话：23110842', '23110842', contact],
    ['联系人：孟鑫；联系电话：8091416。', '8091416', contact],
    ['邮政编码：200125', '200125', contact],
    ['发至g1bhk@wf.shandong.cn。', 'g1bhk@wf.shandong.cn', contact],
    ['联系地址：世博村路 300 号 1 号楼 邮政编码', '300 号 1 号楼', contact],
    ['咨询 021-12345678', '021-12345678', contact],
  ])('%s → %s', check);
});

describe('offsets', () => {
  it('keeps whitespace inside a phrase and reports UTF-16 offsets', () => {
    const s = '共建成维权援助工作站 25 家，近2万家次，2020 年至 2022 年\n受理 135,565\n件';
    const ms = extractMentions(s);
    expect(ms.map((m) => [m.text, m.start, m.end])).toEqual([
      ['25 家', 11, 15],
      ['近2万家次', 16, 21],
      ['2020 年至 2022 年', 22, 36],
      ['135,565\n件', 40, 49],
    ]);
    for (const m of ms) expect(s.slice(m.start, m.end)).toBe(m.text);
  });

  it('counts astral characters as two UTF-16 units', () => {
    const s = '𠀋𠀋 25 家';
    const [m] = extractMentions(s);
    expect(m).toMatchObject({ text: '25 家', start: 5, end: 9 });
  });

  it('never includes leading or trailing whitespace', () => {
    const s = '  约 120 家  \n';
    expect(extractMentions(s)).toEqual([
      { text: '约 120 家', start: 2, end: 9, value: 120, unit: '家', qualifier: 'approximate', kind: 'quantity' },
    ]);
  });

  it('returns sorted, non-overlapping mentions', () => {
    const s = '2022年共查处1050件，结案980件，罚没款1147万元；截至6月备案257家，增长115.9%。';
    const ms = extractMentions(s);
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
    expect(ms.map((m) => m.kind)).toEqual(['date', 'quantity', 'quantity', 'money', 'date', 'quantity', 'percent']);
  });
});
