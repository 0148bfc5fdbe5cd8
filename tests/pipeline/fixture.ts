import { createHash } from 'node:crypto';
import { memoryReader, type Reader } from '../../src/shared/reader.ts';
import type { ManifestEntry } from '../../src/schemas/index.ts';

/**
 * A project small enough to read in a test: a plan, a later reply that reports on it, and a next year's plan that
 * carries one of its tasks on.
 */
export const PLAN_TEXT = `测试局文件\n\n测保〔2023〕1号\n\n2023年测试实施方案\n1.完善维权援助体系。在已建立24家维权\n援助工作站的基础上，进一步增设新的工作站，在园区增设一批新的服务点。\n2.加强宣传培训。组织开展专题培训。\n测试局\n2023年3月15日\n`;
export const REPLY_TEXT = `测试局\n\n测函〔2023〕2号\n\n共建成维权援助工作站 25 家。收到预审案件近250件。\n组织专题培训活动，培训已经开展。\n\n2023 年 8 月 2 日印发\n`;

export const LATER_TEXT = `测试局文件\n\n测保〔2024〕1号\n\n2024年测试工作要点\n一、宣传培训\n继续组织开展专题培训，扩大培训覆盖面。编制培训教材。\n测试局\n2024年3月25日\n`;

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function doc(id: string, file: string, text: string, extra: Record<string, unknown>) {
  return {
    id,
    file,
    sha256: sha(text),
    doc_number: { 'test-plan': '测保〔2023〕1号', 'test-later': '测保〔2024〕1号' }[id] ?? '测函〔2023〕2号',
    title_zh: '测试',
    title_en: 'Test',
    issuer_zh: '测试局',
    issuer_en: 'Test Administration',
    jurisdiction: 'shanghai',
    level: 'provincial',
    period_note_zh: null,
    period_note_en: null,
    ...extra,
  };
}

export function manifest(): ManifestEntry[] {
  return [
    doc('test-plan', 'plan.txt', PLAN_TEXT, {
      kind: 'implementation_plan',
      date_issued: '2023-03-15',
      date_quote: '测试局 2023年3月15日',
      period_start: '2023-01-01',
      period_end: '2023-12-31',
    }),
    doc('test-reply', 'reply.txt', REPLY_TEXT, {
      kind: 'proposal_reply',
      date_issued: '2023-08-02',
      date_quote: '2023 年 8 月 2 日印发',
      period_start: null,
      period_end: null,
    }),
    doc('test-later', 'later.txt', LATER_TEXT, {
      kind: 'work_points',
      date_issued: '2024-03-25',
      date_quote: '测试局 2024年3月25日',
      period_start: '2024-01-01',
      period_end: '2024-12-31',
    }),
  ] as ManifestEntry[];
}

export function indicators() {
  const common = { definition_zh: '定义', definition_en: 'Definition', topic: 'assistance', base: null };
  return [
    {
      id: 'rights-assistance-workstations',
      name_zh: '维权援助工作站',
      name_en: 'Rights-assistance workstations',
      unit: '家',
      unit_en: 'workstations',
      measure: 'count',
      flow_stock: 'stock',
      ...common,
    },
    {
      id: 'fast-preexam-cases',
      name_zh: '预审案件',
      name_en: 'Pre-examination cases',
      unit: '件',
      unit_en: 'cases',
      measure: 'count',
      flow_stock: 'flow',
      ...common,
    },
  ];
}

export function glossary() {
  return [
    { zh: '专利', en: 'patents', role: 'object', en_compound: 'patent' },
    { zh: '授权', en: 'granted', role: 'action' },
    { zh: '量', en: '', role: 'suffix' },
    { zh: '件', en: 'items', role: 'unit' },
  ];
}

export function themes() {
  const theme = (id: string, zh: string, en: string) => ({
    id,
    name_zh: zh,
    name_en: en,
    definition_zh: `${zh}的定义`,
    definition_en: `What ${en} covers`,
  });
  return [
    theme('rights-assistance', '维权援助', 'Rights assistance'),
    theme('publicity', '宣传', 'Publicity'),
    theme('talent', '人才', 'Talent'),
    theme('governance', '治理', 'Governance'),
  ];
}

export function planAnnotation() {
  return {
    document: 'test-plan',
    observations: [
      {
        id: 'workstations-2023-03',
        indicator: 'rights-assistance-workstations',
        jurisdiction: 'shanghai',
        period_start: '2023-03-15',
        period_end: '2023-03-15',
        quote: '在已建立24家维权援助工作站',
        value: 24,
        qualifier: 'exact',
      },
    ],
    tasks: [
      {
        id: 't1',
        number: '1',
        section_zh: '任务',
        section_en: 'Tasks',
        summary_zh: '增设工作站',
        summary_en: 'Add workstations',
        quote:
          '1.完善维权援助体系。在已建立24家维权援助工作站的基础上，进一步增设新的工作站，在园区增设一批新的服务点。',
        type: 'quantitative',
        themes: ['rights-assistance'],
        target: {
          indicator: 'rights-assistance-workstations',
          comparator: 'gt',
          quote: '进一步增设新的工作站',
          baseline_observation: 'workstations-2023-03',
        },
      },
      {
        id: 't2',
        number: '2',
        section_zh: '任务',
        section_en: 'Tasks',
        summary_zh: '培训',
        summary_en: 'Training',
        quote: '2.加强宣传培训。组织开展专题培训。',
        type: 'qualitative',
        themes: ['publicity', 'talent'],
      },
    ],
    assessments: [
      {
        task: 't2',
        status: 'in_progress',
        as_of: '2023-08-02',
        rationale_zh: '已开展培训',
        rationale_en: 'Training has begun',
        evidence: [{ document: 'test-reply', quote: '培训已经开展' }],
      },
    ],
    not_statistics: [],
  };
}

/** The next year's plan: one task that carries on task 2, and a later assessment of task 2 in the earlier plan. */
export function laterAnnotation() {
  return {
    document: 'test-later',
    tasks: [
      {
        id: 'l1',
        number: '1.1',
        section_zh: '一、宣传培训',
        section_en: '1. Publicity and training',
        summary_zh: '继续培训',
        summary_en: 'More training',
        quote: '继续组织开展专题培训，扩大培训覆盖面。',
        type: 'qualitative',
        themes: ['talent'],
      },
      {
        id: 'l2',
        number: '1.2',
        section_zh: '一、宣传培训',
        section_en: '1. Publicity and training',
        summary_zh: '编制教材',
        summary_en: 'Write training materials',
        quote: '编制培训教材。',
        type: 'milestone',
        themes: ['talent'],
        deadline: '2024-03-25',
        deadline_quote: '2024年3月25日',
      },
    ],
    task_links: [{ from: 't2', to: 'l1', kind: 'continues', quote: '继续组织开展专题培训' }],
  };
}

export function replyAnnotation() {
  return {
    document: 'test-reply',
    observations: [
      {
        id: 'workstations-2023-08',
        indicator: 'rights-assistance-workstations',
        jurisdiction: 'shanghai',
        period_start: '2023-08-02',
        period_end: '2023-08-02',
        quote: '共建成维权援助工作站 25 家',
        value: 25,
        qualifier: 'exact',
      },
      {
        id: 'preexam-cases-2023',
        indicator: 'fast-preexam-cases',
        jurisdiction: 'shanghai',
        period_start: '2023-01-01',
        period_end: '2023-08-02',
        quote: '收到预审案件近250件',
        value: 250,
        qualifier: 'approximate',
      },
    ],
  };
}

export function jurisdictions() {
  return [
    { id: 'shanghai', name_zh: '上海市', name_en: 'Shanghai', level: 'provincial', parent: null, code: '310000' },
    {
      id: 'shanghai-jingan',
      name_zh: '静安区',
      name_en: "Jing'an District",
      level: 'county',
      parent: 'shanghai',
      code: '310106',
    },
  ];
}

export function documentKinds() {
  return [
    { id: 'implementation_plan', name_zh: '实施方案', name_en: 'Implementation plan', is_plan: true },
    { id: 'work_points', name_zh: '工作要点', name_en: 'Work points', is_plan: true },
    { id: 'proposal_reply', name_zh: '提案答复', name_en: 'Reply to a proposal', is_plan: false },
  ];
}

export function figures() {
  return {
    rates: [],
    implied_baselines: [],
    funnels: [],
    headlines: [{ topic: 'assistance', indicator: 'rights-assistance-workstations', jurisdiction: 'shanghai' }],
  };
}

export function changelog() {
  return [
    {
      id: 'first',
      date: '2023-09-01',
      kind: 'new_document',
      document_ids: 'test-plan test-reply',
      summary_zh: '收录两份文件。',
      summary_en: 'Two documents added.',
    },
  ];
}

export interface FixtureParts {
  changelog: unknown;
  manifest: unknown;
  jurisdictions: unknown;
  documentKinds: unknown;
  figures: unknown;
  indicators: unknown;
  glossary: unknown;
  themes: unknown;
  plan: unknown;
  reply: unknown;
  later: unknown;
  planText: string;
  replyText: string;
}

/** The fixture's files, with any part replaced; raw strings are written as they are (for malformed JSON). */
export function fixtureFiles(parts: Partial<FixtureParts> = {}): Record<string, string> {
  const j = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v, null, 2));
  return {
    'data/sources/manifest.json': j(parts.manifest ?? manifest()),
    'data/sources/plan.txt': parts.planText ?? PLAN_TEXT,
    'data/sources/reply.txt': parts.replyText ?? REPLY_TEXT,
    'data/sources/later.txt': LATER_TEXT,
    'data/indicators.json': j(parts.indicators ?? indicators()),
    'data/themes.json': j(parts.themes ?? themes()),
    'data/annotations/test-plan.json': j(parts.plan ?? planAnnotation()),
    'data/annotations/test-reply.json': j(parts.reply ?? replyAnnotation()),
    'data/annotations/test-later.json': j(parts.later ?? laterAnnotation()),
    'data/changelog.json': j(parts.changelog ?? changelog()),
    'data/jurisdictions.json': j(parts.jurisdictions ?? jurisdictions()),
    'data/document-kinds.json': j(parts.documentKinds ?? documentKinds()),
    'data/figures.json': j(parts.figures ?? figures()),
    'data/glossary.json': j(parts.glossary ?? glossary()),
  };
}

export function fixture(parts: Partial<FixtureParts> = {}): Reader {
  return memoryReader(fixtureFiles(parts));
}
