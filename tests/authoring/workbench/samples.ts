// Answer keys for the test samples (tests/fixtures/workbench-samples, marked 【测试样本】, never published): what a
// careful curator decides for each document and each of its numbers, read from the sample's own text. Indicators the
// catalogue may lack carry a definition, added from the figure's card when the catalogue has no such id.
import type { IndicatorDefinition, SampleKey } from './curator.ts';

const YEAR_2025: [string, string] = ['2025-01-01', '2025-12-31'];
const END_2025: [string, string] = ['2025-12-31', '2025-12-31'];

/** Definitions as the catalogue words them where it has the indicator (data/indicators.json). */
const define = (d: Omit<IndicatorDefinition, 'topic'> & { topic: string }) => d;

export const REPLY: SampleKey = {
  genre: 'reply to a proposal',
  file: 'tests/fixtures/workbench-samples/reply-sample.txt',
  id: 'sample-reply-2026',
  places: [],
  jurisdiction: 'shanghai',
  kind: 'proposal_reply',
  details: {
    title_zh: '关于市政协十四届五次会议第0123号提案的答复【测试样本】',
    title_en: 'Reply to Proposal No. 0123 of the Fifth Session of the 14th Shanghai CPPCC (test sample)',
    issuer_zh: '上海市知识产权局',
    issuer_en: 'Shanghai Intellectual Property Administration',
    doc_number: '沪知局函〔2026〕9号',
    level: 'provincial',
    date_quote: '2026年1月18日',
    date_issued: '2026-01-18',
  },
  figures: [
    { mention: '36家', indicator: 'ip-people-mediation-organisations', period: END_2025 },
    {
      mention: '1250件',
      indicator: 'ip-disputes-mediated',
      period: YEAR_2025,
      define: define({
        name_zh: '知识产权纠纷调解案件数',
        name_en: 'IP disputes mediated',
        definition_zh: '统计期内人民调解组织、行业性专业性调解组织等受理调解的知识产权纠纷案件数量。',
        definition_en:
          "Number of IP disputes taken up for mediation by people's mediation, professional and industry mediation organisations in the period.",
        unit_en: 'cases',
        flow_stock: 'flow',
        topic: 'mediation',
      }),
    },
    {
      mention: '860件',
      indicator: 'ip-disputes-mediated-successfully',
      period: YEAR_2025,
      define: define({
        name_zh: '知识产权纠纷调解成功数',
        name_en: 'IP disputes settled by mediation',
        definition_zh: '统计期内经调解达成调解协议的知识产权纠纷案件数量。',
        definition_en: 'Number of IP disputes in which mediation ended in a settlement agreement in the period.',
        unit_en: 'cases',
        flow_stock: 'flow',
        topic: 'mediation',
      }),
    },
    {
      // 调解协议履行率、当事人满意率均达100%: one number, two figures.
      mention: '100%',
      indicator: 'mediation-agreement-fulfilment-rate',
      period: YEAR_2025,
      define: define({
        name_zh: '知识产权纠纷调解协议履行率',
        name_en: 'Mediation agreement fulfilment rate',
        definition_zh: '统计期内已履行的知识产权纠纷调解协议占达成的调解协议的比例。',
        definition_en: 'IP mediation agreements fulfilled as a share of those reached in the period.',
        unit_en: '%',
        flow_stock: 'flow',
        topic: 'mediation',
      }),
      also: [
        {
          mention: '100%',
          indicator: 'mediation-party-satisfaction-rate',
          period: YEAR_2025,
          define: define({
            name_zh: '知识产权纠纷调解当事人满意率',
            name_en: 'Mediation party satisfaction rate',
            definition_zh: '统计期内对知识产权纠纷调解表示满意的当事人占受访当事人的比例。',
            definition_en: 'Parties to IP mediation satisfied with it, as a share of the parties asked, in the period.',
            unit_en: '%',
            flow_stock: 'flow',
            topic: 'mediation',
          }),
        },
      ],
    },
  ],
};

export const WHITE_PAPER: SampleKey = {
  genre: 'white paper',
  file: 'tests/fixtures/workbench-samples/white-paper-sample.txt',
  id: 'sample-binjiang-2025-white-paper',
  places: [
    { id: 'zhejiang', name_zh: '浙江省', name_en: 'Zhejiang', level: 'provincial', parent: '', code: '330000' },
    { id: 'hangzhou', name_zh: '杭州市', name_en: 'Hangzhou', level: 'prefecture', parent: 'zhejiang', code: '330100' },
    {
      id: 'hangzhou-binjiang',
      name_zh: '滨江区',
      name_en: 'Binjiang District',
      level: 'county',
      parent: 'hangzhou',
      code: '330108',
    },
  ],
  jurisdiction: 'hangzhou-binjiang',
  kind: 'white_paper',
  details: {
    title_zh: '滨江区2025年知识产权发展与保护状况【测试样本】',
    title_en: 'IP development and protection in Binjiang District, 2025 (test sample)',
    issuer_zh: '杭州市滨江区市场监督管理局（知识产权局）',
    issuer_en: 'Binjiang District Administration for Market Regulation (IP Administration), Hangzhou',
    doc_number: null,
    level: 'county',
    date_quote: '2026年4月20日',
    date_issued: '2026-04-20',
  },
  figures: [
    {
      mention: '12345件',
      indicator: 'patent-grants',
      period: YEAR_2025,
      define: define({
        name_zh: '专利授权量',
        name_en: 'Patents granted',
        definition_zh:
          '统计期内国家知识产权局授予专利权的发明、实用新型和外观设计专利件数之和；地方数据按专利权人所在地统计。',
        definition_en:
          "Number of invention, utility model and design patents granted by CNIPA in the period; for a region, counted by the patentee's location.",
        unit_en: 'patents',
        flow_stock: 'flow',
        topic: 'patents',
      }),
    },
    {
      mention: '5678件',
      indicator: 'invention-patent-grants',
      period: YEAR_2025,
      define: define({
        name_zh: '发明专利授权量',
        name_en: 'Invention patents granted',
        definition_zh: '统计期内国家知识产权局授予专利权的发明专利件数；地方数据按专利权人所在地统计。',
        definition_en:
          "Number of invention patents granted by CNIPA in the period; for a region, counted by the patentee's location.",
        unit_en: 'patents',
        flow_stock: 'flow',
        topic: 'patents',
      }),
    },
    {
      mention: '45678件',
      indicator: 'valid-invention-patents',
      period: END_2025,
      define: define({
        name_zh: '有效发明专利拥有量',
        name_en: 'Valid invention patents held',
        definition_zh: '截至统计日期（通常为年末）仍维持有效的发明专利件数，按专利权人所在地统计。',
        definition_en:
          "Number of invention patents still in force at the reporting date (usually the end of the year), counted by the patentee's location.",
        unit_en: 'patents',
        flow_stock: 'stock',
        topic: 'patents',
      }),
    },
    {
      mention: '8900件',
      indicator: 'trademark-registrations',
      period: YEAR_2025,
      define: define({
        name_zh: '商标注册量',
        name_en: 'Trademarks registered',
        definition_zh: '统计期内经国家知识产权局核准注册的商标件数；地方数据按注册人所在地统计。',
        definition_en:
          "Number of trademarks registered by CNIPA in the period; for a region, counted by the registrant's location.",
        unit_en: 'trademarks',
        flow_stock: 'flow',
        topic: 'trademarks',
      }),
    },
    { mention: '56件', indicator: 'trademark-cases-investigated', period: YEAR_2025 },
    { mention: '约120万元', indicator: 'trademark-fines', period: YEAR_2025, qualifier: 'approximate' },
    {
      // 新建6家，累计达到31家: two figures of two indicators, a flow and a stock.
      mention: '6家',
      indicator: 'ip-protection-workstations-new',
      period: YEAR_2025,
      define: define({
        name_zh: '新建知识产权保护工作站数',
        name_en: 'IP protection workstations new',
        definition_zh: '统计期内在园区、企业、商会、协会等新设立的知识产权保护工作站数量。',
        definition_en:
          'Number of IP protection workstations newly set up in parks, enterprises, chambers of commerce and associations in the period.',
        unit_en: 'workstations',
        flow_stock: 'flow',
        topic: 'protection_centres',
      }),
    },
    {
      mention: '31家',
      indicator: 'ip-protection-workstations',
      period: END_2025,
      define: define({
        name_zh: '知识产权保护工作站数',
        name_en: 'IP protection workstations',
        definition_zh: '截至统计日期在园区、企业、商会、协会等设立的知识产权保护工作站数量。',
        definition_en:
          'Number of IP protection workstations set up in parks, enterprises, chambers of commerce and associations, at the reporting date.',
        unit_en: 'workstations',
        flow_stock: 'stock',
        topic: 'protection_centres',
      }),
    },
  ],
};

export const SAMPLES = [REPLY, WHITE_PAPER];
