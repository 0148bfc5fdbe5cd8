import type {
  AssessmentRow,
  DerivedRow,
  DocumentRow,
  FunnelSpec,
  IndicatorRow,
  ObservationRow,
  Status,
  TargetRow,
  TaskRow,
} from '../../../src/schemas/index.ts';

/** Hand-made rows for chart tests, with the real figures of the corpus where the charts are meant for them. */

const source = {
  document_id: 'test-reply',
  doc_number: '测函〔2023〕2号',
  quote: '原文',
  quote_start: 0,
  quote_end: 2,
};

export function observation(
  row: Partial<ObservationRow> & Pick<ObservationRow, 'id' | 'indicator_id' | 'value'>,
): ObservationRow {
  return {
    indicator_zh: '指标',
    indicator_en: 'Indicator',
    jurisdiction: 'shanghai',
    period_start: '2022-01-01',
    period_end: '2022-12-31',
    unit: '件',
    unit_en: 'cases',
    qualifier: 'exact',
    mention_text: `${row.value}${row.unit ?? '件'}`,
    ...source,
    note_zh: '',
    note_en: '',
    ...row,
  };
}

const criminal = {
  indicator_id: 'ip-criminal-cases-solved',
  indicator_zh: '侦破知识产权犯罪案件',
  indicator_en: 'IP criminal cases solved',
  unit: '起',
  unit_en: 'cases',
};

/** One indicator over three periods: exact, "more than" and "approximately". */
export const CRIMINAL_CASES: ObservationRow[] = [
  observation({ id: 'criminal-2022', ...criminal, value: 1200, qualifier: 'more_than', mention_text: '1200余起' }),
  observation({ id: 'criminal-2021', ...criminal, period_start: '2021-01-01', period_end: '2021-12-31', value: 980 }),
  observation({
    id: 'criminal-2023',
    ...criminal,
    period_start: '2023-01-01',
    period_end: '2023-08-02',
    value: 250,
    qualifier: 'approximate',
    mention_text: '近250起',
  }),
];

export const TRADEMARK_FINES: ObservationRow[] = [
  observation({
    id: 'fines-2022',
    indicator_id: 'trademark-fines',
    indicator_zh: '商标违法案件罚没款',
    indicator_en: 'Fines in trademark cases',
    unit: '元',
    unit_en: 'yuan',
    value: 11_470_000,
    mention_text: '1147万元',
  }),
];

const wipo = (stage: string, zh: string, en: string, value: number) =>
  observation({
    id: `wipo-${stage}-2022`,
    indicator_id: `wipo-mediation-cases-${stage}`,
    indicator_zh: zh,
    indicator_en: en,
    value,
    period_start: '2022-01-01',
    period_end: '2022-12-31',
  });

export const WIPO_MEDIATION: ObservationRow[] = [
  wipo('entrusted', '受托调解案件', 'Mediation cases entrusted', 68),
  wipo('concluded', '调解结案', 'Mediation cases concluded', 59),
  wipo('settled', '调解成功', 'Mediation cases settled', 19),
  observation({
    id: 'wipo-rate-2022',
    indicator_id: 'wipo-mediation-success-rate',
    indicator_zh: '调解成功率',
    indicator_en: 'Mediation success rate',
    unit: '%',
    unit_en: '%',
    value: 32.2,
    mention_text: '32.2%',
  }),
];

function rate(
  row: Pick<DerivedRow, 'id' | 'label_zh' | 'label_en' | 'value' | 'period_start' | 'period_end'> & Partial<DerivedRow>,
): DerivedRow {
  return {
    kind: 'rate',
    indicator_id: 'court-ip-cases-accepted',
    jurisdiction: 'shanghai',
    unit: '%',
    formula_zh: '甲 ÷ 乙 × 100',
    formula_en: 'a ÷ b × 100',
    inputs: 'a b',
    reported_value: null,
    reported_observation_id: null,
    reported_decimals: null,
    agrees: null,
    value_low: row.value,
    value_high: row.value,
    ...row,
  };
}

export const RATES: DerivedRow[] = [
  rate({
    id: 'court-ip-closure-rate-2020-2022-shanghai',
    label_zh: '法院知识产权案件结案率',
    label_en: 'Court IP case closure rate',
    period_start: '2020-01-01',
    period_end: '2022-12-31',
    value: (129_298 / 135_565) * 100,
    reported_value: 95.38,
    reported_observation_id: 'court-rate',
    reported_decimals: 2,
    agrees: true,
  }),
  rate({
    id: 'trademark-closure-rate-2022-2022-shanghai',
    label_zh: '商标违法案件结案率',
    label_en: 'Trademark enforcement closure rate',
    period_start: '2022-01-01',
    period_end: '2022-12-31',
    value: (980 / 1050) * 100,
  }),
  rate({
    id: 'patent-dispute-closure-rate-2022-2022-shanghai',
    label_zh: '专利侵权纠纷案件结案率（含以往年度立案）',
    label_en: 'Patent dispute closure rate (closures include cases filed in earlier years)',
    period_start: '2022-01-01',
    period_end: '2022-12-31',
    value: (2050 / 2040) * 100,
  }),
  rate({
    id: 'wipo-mediation-success-of-concluded-2022-2022-shanghai',
    label_zh: 'WIPO仲调上海中心调解成功率（占已结案件）',
    label_en: 'WIPO Shanghai mediation success rate (of concluded cases)',
    period_start: '2022-01-01',
    period_end: '2022-12-31',
    value: (19 / 59) * 100,
    reported_value: 32.2,
    reported_observation_id: 'wipo-rate',
    reported_decimals: 1,
    agrees: true,
  }),
];

/** The rates the pipeline derives from WIPO_MEDIATION, as src/pipeline/derive/derive.ts writes them. */
export const WIPO_DERIVED: DerivedRow[] = [
  rate({
    id: 'wipo-conclusion',
    label_zh: '结案率',
    label_en: 'Conclusion rate',
    period_start: '2022-01-01',
    period_end: '2022-12-31',
    value: (59 / 68) * 100,
    inputs: 'wipo-concluded-2022 wipo-entrusted-2022',
  }),
  rate({
    id: 'wipo-success-of-concluded',
    label_zh: '成功率',
    label_en: 'Success rate',
    period_start: '2022-01-01',
    period_end: '2022-12-31',
    value: (19 / 59) * 100,
    inputs: 'wipo-settled-2022 wipo-concluded-2022',
    reported_value: 32.2,
    reported_observation_id: 'wipo-rate-2022',
    reported_decimals: 1,
    agrees: true,
  }),
  rate({
    id: 'wipo-success-of-entrusted',
    label_zh: '成功率',
    label_en: 'Success rate',
    period_start: '2022-01-01',
    period_end: '2022-12-31',
    value: (19 / 68) * 100,
    inputs: 'wipo-settled-2022 wipo-entrusted-2022',
  }),
];

/** The funnel's input: counts and derived rates. */
export const WIPO_FUNNEL_SPEC: FunnelSpec = {
  id: 'wipo-mediation',
  title_zh: 'WIPO仲调上海中心调解案件',
  title_en: 'WIPO Shanghai mediation cases',
  stages: [
    { indicator: 'wipo-mediation-cases-entrusted', name_zh: '受托调解', name_en: 'Entrusted' },
    { indicator: 'wipo-mediation-cases-concluded', name_zh: '调解结案', name_en: 'Concluded' },
    { indicator: 'wipo-mediation-cases-settled', name_zh: '调解成功', name_en: 'Settled' },
  ],
  rates: [
    { label_zh: '结案率（占受托案件）', label_en: 'Conclusion rate (of entrusted cases)' },
    { label_zh: '调解成功率（占已结案件）', label_en: 'Success rate (of concluded cases)' },
    { label_zh: '调解成功率（占受托案件）', label_en: 'Success rate (of entrusted cases)' },
  ],
};
export const WIPO_FUNNEL = { spec: WIPO_FUNNEL_SPEC, observations: WIPO_MEDIATION, derived: WIPO_DERIVED };

export const WORKSTATIONS: IndicatorRow = {
  id: 'rights-assistance-workstations',
  name_zh: '维权援助工作站',
  name_en: 'Rights-assistance workstations',
  definition_zh: '定义',
  definition_en: 'Definition',
  unit: '家',
  unit_en: 'workstations',
  measure: 'count',
  topic: 'assistance',
  flow_stock: 'stock',
  base: null,
};

const ws = {
  indicator_id: WORKSTATIONS.id,
  indicator_zh: WORKSTATIONS.name_zh,
  indicator_en: WORKSTATIONS.name_en,
  unit: '家',
  unit_en: 'workstations',
};
export const WORKSTATION_BASELINE = observation({
  id: 'workstations-2023-03',
  ...ws,
  value: 24,
  period_start: '2023-03-15',
  period_end: '2023-03-15',
  document_id: 'test-plan',
  doc_number: '测保〔2023〕1号',
});
export const WORKSTATION_LATEST = observation({
  id: 'workstations-2023-08',
  ...ws,
  value: 25,
  period_start: '2023-08-02',
  period_end: '2023-08-02',
});

export const WORKSTATION_TARGET: TargetRow = {
  id: 't1-target',
  task_id: 't1',
  indicator_id: WORKSTATIONS.id,
  comparator: 'gt',
  target_value: 24,
  qualifier: null,
  unit: '家',
  reference_zh: '',
  reference_en: '',
  amount_zh: '',
  amount_en: '',
  baseline_observation_id: 'workstations-2023-03',
  baseline_value: 24,
  deadline: '2023-12-31',
  document_id: 'test-plan',
  doc_number: '测保〔2023〕1号',
  quote: '进一步增设新的工作站',
  quote_start: 0,
  quote_end: 10,
};

function document(
  row: Pick<
    DocumentRow,
    'id' | 'doc_number' | 'title_zh' | 'title_en' | 'kind' | 'date_issued' | 'period_start' | 'period_end'
  > &
    Partial<DocumentRow>,
): DocumentRow {
  return {
    file: `${row.id}.txt`,
    sha256: '0'.repeat(64),
    issuer_zh: '上海市知识产权局',
    issuer_en: 'Shanghai Intellectual Property Administration',
    jurisdiction: 'shanghai',
    level: 'provincial',
    date_quote: null,
    period_note_zh: null,
    period_note_en: null,
    jurisdiction_zh: '上海市',
    jurisdiction_en: 'Shanghai',
    chars: 1000,
    mentions: 10,
    ...row,
  };
}

export const DOCUMENTS: DocumentRow[] = [
  document({
    id: 'shanghai-2023-plan',
    doc_number: '沪知局〔2023〕12号',
    title_zh: '2023年上海市知识产权保护工作实施方案',
    title_en: 'Shanghai IP Protection Implementation Plan 2023',
    kind: 'implementation_plan',
    date_issued: '2023-03-15',
    period_start: '2023-01-01',
    period_end: '2023-12-31',
  }),
  document({
    id: 'shanghai-2023-reply',
    doc_number: '沪知局函〔2023〕99号',
    title_zh: '对市政协提案的答复',
    title_en: 'Reply to a CPPCC proposal',
    kind: 'proposal_reply',
    date_issued: '2023-08-02',
    period_start: null,
    period_end: null,
  }),
  document({
    id: 'jingan-2023-demo-zone',
    doc_number: '静府办〔2023〕5号',
    title_zh: '静安区知识产权保护示范区建设方案',
    title_en: "Jing'an IP Protection Demonstration Zone Plan",
    kind: 'implementation_plan',
    date_issued: '2023-05-10',
    period_start: '2023-05-10',
    period_end: '2024-05-10',
    jurisdiction: 'shanghai-jingan',
    jurisdiction_zh: '上海市静安区',
    jurisdiction_en: "Jing'an District, Shanghai",
  }),
];

export function assessment(id: string, plan: DocumentRow, status: Status): AssessmentRow {
  return {
    id: `${id}-assessment`,
    task_id: id,
    plan_id: plan.id,
    plan_doc_number: plan.doc_number,
    status,
    computed: false,
    as_of: '2023-08-02',
    latest: true,
    latest_observation_id: null,
    rationale_zh: '理由',
    rationale_en: 'Why',
    evidence_count: status === 'no_evidence' ? 0 : 1,
  };
}

const statuses = (plan: DocumentRow, counts: Partial<Record<Status, number>>) =>
  Object.entries(counts).flatMap(([status, n]) =>
    Array.from({ length: n }, (_, i) => assessment(`${plan.id}-${status}-${i}`, plan, status as Status)),
  );

export const ASSESSMENTS: AssessmentRow[] = [
  ...statuses(DOCUMENTS[0]!, { achieved: 1, in_progress: 1, carried_over: 10, no_evidence: 3 }),
  ...statuses(DOCUMENTS[2]!, { no_evidence: 6, not_achieved: 1, achieved: 2 }),
];

export function task(id: string, plan: DocumentRow, deadline: string, deadlineInferred = false): TaskRow {
  return {
    id,
    number: id,
    section_zh: '任务',
    section_en: 'Tasks',
    summary_zh: '摘要',
    summary_en: 'Summary',
    type: 'qualitative',
    deadline,
    deadline_inferred: deadlineInferred,
    status: 'no_evidence',
    status_as_of: '2023-08-02',
    document_id: plan.id,
    doc_number: plan.doc_number,
    quote: '原文',
    quote_start: 0,
    quote_end: 2,
  };
}

export const TASKS: TaskRow[] = [
  task('p1', DOCUMENTS[0]!, '2023-12-31'),
  task('p2', DOCUMENTS[0]!, '2023-12-31'),
  task('p3', DOCUMENTS[0]!, '2023-06-30'),
  task('p4', DOCUMENTS[0]!, '2023-12-31', true),
  task('j1', DOCUMENTS[2]!, '2024-05-10'),
];
