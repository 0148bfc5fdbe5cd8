import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/authoring/draft/corpus.ts';
import { draftDocument } from '../../../src/authoring/draft/draft.ts';
import { isoDate } from '../../../src/authoring/workbench/dates.ts';
import { lineDiff } from '../../../src/authoring/workbench/diff.ts';
import { canonicalAnnotation } from '../../../src/authoring/workbench/format.ts';
import {
  addJurisdiction,
  apply,
  changeId,
  idFromName,
  NO_DOC_NUMBER,
  OpError,
  type Files,
} from '../../../src/authoring/workbench/ops.ts';
import { Workspace } from '../../../src/authoring/workbench/workspace.ts';
import { diskReader } from '../../../src/shared/reader.ts';

type Json = Record<string, unknown>;

const root = join(import.meta.dirname, '../../..');

function files(
  initial: Record<string, Json | Json[]>,
  texts: Record<string, string> = {},
): Files & { all: Map<string, Json> } {
  const all = new Map(Object.entries(structuredClone(initial)) as [string, Json][]);
  return {
    all,
    get: (p) => structuredClone(all.get(p)!),
    set: (p, v) => all.set(p, v),
    text: (p) => texts[p]!,
    // The draft as it drafts the document now, on the project's catalogue.
    redraft: (doc) =>
      draftDocument(loadCorpus(diskReader(root)), {
        id: doc,
        file: `${doc}.txt`,
        bytes: new TextEncoder().encode(texts[`data/sources/${doc}.txt`]!),
        jurisdiction: 'zhejiang',
        kind: 'white_paper',
      }).annotation.observations as unknown as Json[],
    today: () => '2026-05-01',
  };
}

const PLACES = [
  { id: 'zhejiang', name_zh: '浙江省', name_en: 'Zhejiang', level: 'provincial', parent: null, code: '330000' },
];
const KINDS = [{ id: 'white_paper', name_zh: '白皮书', name_en: 'White paper', is_plan: false }];
const ENTRY = {
  id: 'new',
  file: 'new.txt',
  doc_number: 'TODO',
  title_zh: 'TODO',
  title_en: 'TODO',
  issuer_zh: 'TODO',
  issuer_en: 'TODO',
  jurisdiction: 'zhejiang',
  level: 'provincial',
  kind: 'white_paper',
  date_issued: null,
  date_quote: null,
  period_start: null,
  period_end: null,
  period_note_zh: null,
  period_note_en: null,
};
const TEXT = '浙江省2025年知识产权状况\n2025年，全省受理纠纷1250件，调解成功率、满意率均达100%。\n2026年4月20日';
const project = (annotation: Json = { document: 'new' }) =>
  files(
    {
      'data/sources/manifest.json': [ENTRY],
      'data/jurisdictions.json': PLACES,
      'data/document-kinds.json': KINDS,
      'data/changelog.json': [],
      'data/annotations/new.json': annotation,
    },
    { 'data/sources/new.txt': TEXT },
  );
const obs = {
  draft: true,
  id: 'new-001',
  indicator: null,
  jurisdiction: 'zhejiang',
  quote: '调解成功率、满意率均达100%',
  mention: '100%',
  value: 100,
  unit: '%',
  qualifier: 'exact',
  period_start: '2025-01-01',
  period_end: '2025-12-31',
};

const draftTask = {
  draft: true,
  id: 'new-t01',
  number: '1',
  section_zh: '一、任务',
  quote: '1.加强保护。开展培训。建立机制。',
  summary_zh: '加强保护。',
  type: 'qualitative',
  deadline: null,
};

describe('review operations', () => {
  it('splits a drafted task before a chosen sentence, and merges two back', () => {
    const f = files({ 'data/annotations/new.json': { document: 'new', tasks: [draftTask] } });
    apply(f, 'new', { op: 'task.split', index: 0, second: '建立机制。' });
    const tasks = f.get('data/annotations/new.json').tasks as Json[];
    expect(tasks.map((t) => [t.id, t.quote, t.draft])).toEqual([
      ['new-t01', '1.加强保护。开展培训。', true],
      ['new-t01-b', '建立机制。', true],
    ]);
    apply(f, 'new', { op: 'task.merge', index: 0 });
    expect((f.get('data/annotations/new.json').tasks as Json[]).map((t) => t.quote)).toEqual([draftTask.quote]);
    expect(() => apply(f, 'new', { op: 'task.split', index: 0, second: '不在原文中' })).toThrow(OpError);
  });

  it('accepts a task with its English fields, dropping the draft flag', () => {
    const f = files({ 'data/annotations/new.json': { document: 'new', tasks: [draftTask] } });
    expect(() => apply(f, 'new', { op: 'task.accept', index: 0, ...draftTask })).toThrow(/section_en is required/);
    apply(f, 'new', {
      op: 'task.accept',
      index: 0,
      ...draftTask,
      section_en: 'Tasks',
      summary_en: 'Protect',
      themes: 'governance，enforcement-rules',
    });
    const t = (f.get('data/annotations/new.json').tasks as Json[])[0]!;
    expect(t.draft).toBeUndefined();
    const written = (canonicalAnnotation({ document: 'new', tasks: [t] }).tasks as Json[])[0]!;
    expect(Object.keys(written)).toEqual([
      'id',
      'number',
      'section_zh',
      'section_en',
      'summary_zh',
      'summary_en',
      'quote',
      'type',
      'themes',
    ]);
    expect(written.themes).toEqual(['governance', 'enforcement-rules']);
  });

  it('moves a drafted observation to not-statistics with the reason given', () => {
    const obs = { draft: true, id: 'new-001', quote: '成立20周年', mention: '20周年', value: 20, unit: '周年' };
    const f = files({ 'data/annotations/new.json': { document: 'new', observations: [obs], not_statistics: [] } });
    expect(() => apply(f, 'new', { op: 'observation.not-statistic', index: 0 })).toThrow(/reason is required/);
    apply(f, 'new', { op: 'observation.not-statistic', index: 0, reason: 'an anniversary', reason_zh: '周年数' });
    expect(f.get('data/annotations/new.json')).toMatchObject({
      observations: [],
      not_statistics: [{ quote: '成立20周年', mention: '20周年', reason: 'an anniversary', reason_zh: '周年数' }],
    });
  });

  it('accepts an evidence suggestion onto the earlier plan, creating its assessment', () => {
    const f = files({
      'data/annotations/new.json': {
        document: 'new',
        evidence_suggestions: [{ task: 'p-t01', plan: 'plan', quote: '培训已经开展', score: 3 }],
      },
      'data/annotations/plan.json': { document: 'plan', tasks: [{ id: 'p-t01' }], assessments: [] },
    });
    const changed = apply(f, 'new', {
      op: 'evidence.accept',
      index: 0,
      status: 'achieved',
      as_of: '2024-01-01',
      rationale_zh: '已开展',
      rationale_en: 'Done',
    });
    expect(changed).toEqual(['data/annotations/new.json', 'data/annotations/plan.json']);
    expect(f.get('data/annotations/plan.json').assessments).toEqual([
      {
        task: 'p-t01',
        evidence: [{ document: 'new', quote: '培训已经开展', note_zh: undefined, note_en: undefined }],
        status: 'achieved',
        as_of: '2024-01-01',
        rationale_zh: '已开展',
        rationale_en: 'Done',
      },
    ]);
    expect(f.get('data/annotations/new.json').evidence_suggestions).toEqual([]);
    // Written in the schema's key order.
    const written = canonicalAnnotation(f.get('data/annotations/plan.json'));
    expect(Object.keys((written.assessments as Json[])[0]!)).toEqual([
      'task',
      'status',
      'as_of',
      'rationale_zh',
      'rationale_en',
      'evidence',
    ]);
  });

  it('adds an indicator once', () => {
    const f = files({ 'data/indicators.json': [{ id: 'a' }] });
    const ind = {
      op: 'indicator.add',
      id: 'b',
      name_zh: '乙',
      name_en: 'B',
      definition_zh: '乙的数量。',
      definition_en: 'How many Bs.',
      unit: '件',
      unit_en: 'cases',
      flow_stock: 'flow',
      topic: 'patents',
    };
    expect(() => apply(f, 'new', { ...ind, topic: 'x' })).toThrow(/^topic: /);
    apply(f, 'new', ind);
    expect((f.get('data/indicators.json') as unknown as Json[]).map((i) => i.id)).toEqual(['a', 'b']);
    expect((f.get('data/indicators.json') as unknown as Json[])[1]).toMatchObject({ measure: 'count', unit: '件' });
    expect(() => apply(f, 'new', ind)).toThrow(/indicator "b" already exists/);
  });
});

describe('the workspace', () => {
  it('writes inside data/ only, also through a link', () => {
    const root = mkdtempSync(join(tmpdir(), 'ws-'));
    mkdirSync(join(root, 'data/annotations'), { recursive: true });
    mkdirSync(join(root, 'outside'));
    symlinkSync(join(root, 'outside'), join(root, 'data/escape'));
    const ws = new Workspace(root);
    ws.write('data/annotations/a.json', '{}\n');
    expect(readFileSync(join(root, 'data/annotations/a.json'), 'utf8')).toBe('{}\n');
    expect(() => ws.write('package.json', '{}')).toThrow(/writes only inside data\//);
    expect(() => ws.write('data/../package.json', '{}')).toThrow(/writes only inside data\//);
    expect(() => ws.write('data/escape/x.json', '{}')).toThrow(/writes only inside data\//);
  });
});

describe('dates as a curator types them', () => {
  it('reads ISO, 年月日, slashes and full-width digits, and refuses what is not a calendar date', () => {
    expect(isoDate('2024-01-18')).toBe('2024-01-18');
    expect(isoDate(' 2024年1月18日 ')).toBe('2024-01-18');
    expect(isoDate('２０２４年１月８日')).toBe('2024-01-08');
    expect(isoDate('2024/1/8')).toBe('2024-01-08');
    expect(isoDate('2024-02-30')).toBeNull();
    expect(isoDate('2024年1月')).toBeNull();
    expect(isoDate('18 January 2024')).toBeNull();
  });
});

describe('figures', () => {
  it('accepts an observation with the period typed in Chinese, a fall as a negative value and a qualifier', () => {
    const f = project({ document: 'new', observations: [obs] });
    apply(f, 'new', {
      op: 'observation.accept',
      index: 0,
      ...obs,
      indicator: 'mediation-success-rate',
      period_start: '2025年1月1日',
      period_end: '2025年12月31日',
      value: '１００',
      negative: true,
      qualifier: 'at_least',
    });
    const saved = (f.all.get('data/annotations/new.json')!.observations as Json[])[0]!;
    expect(saved).toEqual({
      id: 'new-001',
      indicator: 'mediation-success-rate',
      jurisdiction: 'zhejiang',
      period_start: '2025-01-01',
      period_end: '2025-12-31',
      quote: obs.quote,
      mention: '100%',
      value: -100,
      qualifier: 'at_least',
    });
    expect(() =>
      apply(f, 'new', { op: 'observation.accept', index: 0, ...obs, indicator: 'x', period_end: '2025-02-30' }),
    ).toThrow('period_end: "2025-02-30" is not a date; write 2024-01-18 或 2024年1月18日');
    expect(() =>
      apply(f, 'new', { op: 'observation.accept', index: 0, ...obs, indicator: 'x', qualifier: 'roughly' }),
    ).toThrow(/qualifier must be one of exact, approximate, more_than, at_least/);
  });

  it('gives one number a second figure, and moves the number to not-statistics only when its last figure goes', () => {
    const f = project({ document: 'new', observations: [{ ...obs, draft: undefined, indicator: 'a' }] });
    apply(f, 'new', { op: 'observation.another', index: 0 });
    const list = () => f.all.get('data/annotations/new.json')!.observations as Json[];
    expect(list().map((o) => [o.id, o.indicator, o.draft, o.mention])).toEqual([
      ['new-001', 'a', undefined, '100%'],
      ['new-002', null, true, '100%'],
    ]);
    apply(f, 'new', { op: 'observation.not-statistic', index: 1, reason: 'r', reason_zh: '理由' });
    expect(list().map((o) => o.id)).toEqual(['new-001']);
    expect(f.all.get('data/annotations/new.json')!.not_statistics ?? []).toEqual([]);
    apply(f, 'new', { op: 'observation.not-statistic', index: 0, reason: 'a slogan', reason_zh: '口号' });
    expect(f.all.get('data/annotations/new.json')!.not_statistics).toEqual([
      { quote: obs.quote, mention: '100%', reason: 'a slogan', reason_zh: '口号' },
    ]);
  });

  it('makes a not-statistic an observation again, as the draft drafts it now, or from the number alone', () => {
    const annotation = {
      document: 'new',
      observations: [{ ...obs, id: 'new-007' }],
      not_statistics: [{ quote: '全省受理纠纷1250件', mention: '1250件', reason: 'x', reason_zh: '某' }],
    };
    const f = project(annotation);
    apply(f, 'new', { op: 'not-statistic.observation', index: 0 });
    const file = f.all.get('data/annotations/new.json')!;
    expect(file.not_statistics).toEqual([]);
    const drafted = (file.observations as Json[])[1]!;
    expect(drafted).toMatchObject({
      draft: true,
      id: 'new-008',
      jurisdiction: 'zhejiang',
      period_start: '2025-01-01',
      period_end: '2025-12-31',
      quote: '全省受理纠纷1250件',
      mention: '1250件',
      value: 1250,
      unit: '件',
      qualifier: 'exact',
    });
    expect((drafted.indicator_candidates as Json[]).length).toBeGreaterThan(0);
    // Where the draft does not read the number as a figure, the period and the indicator are the curator's to set.
    const bare = { ...project(annotation), redraft: () => [] };
    apply(bare, 'new', { op: 'not-statistic.observation', index: 0 });
    expect((bare.all.get('data/annotations/new.json')!.observations as Json[])[1]).toEqual({
      draft: true,
      id: 'new-008',
      indicator: null,
      jurisdiction: 'zhejiang',
      period_start: '',
      period_end: '',
      quote: '全省受理纠纷1250件',
      mention: '1250件',
      value: 1250,
      unit: '件',
      qualifier: 'exact',
    });
  });

  it('makes a drafted figure the target of the task that quotes it, and refuses a second target or no task', () => {
    const task = {
      draft: true,
      id: 'new-t01',
      number: '（一）',
      quote: '（一）扩面。新增工作站不少于5个。',
      type: 'qualitative',
    };
    const figure = {
      ...obs,
      id: 'new-002',
      quote: '新增工作站不少于5个',
      mention: '不少于5个',
      value: 5,
      unit: '个',
      qualifier: 'at_least',
      indicator_candidates: [{ id: 'x', score: 3 }],
    };
    const f = project({ document: 'new', observations: [figure, { ...figure, id: 'new-003' }], tasks: [task] });
    apply(f, 'new', { op: 'observation.target', index: 0 });
    const file = f.all.get('data/annotations/new.json')!;
    expect((file.observations as Json[]).map((o) => o.id)).toEqual(['new-003']);
    expect((file.tasks as Json[])[0]).toMatchObject({
      type: 'quantitative',
      draft: true,
      target: { indicator: null, comparator: 'gte', quote: '新增工作站不少于5个', mention: '不少于5个', value: 5 },
    });
    expect(() => apply(f, 'new', { op: 'observation.target', index: 0 })).toThrow(/task （一） already has a target/);
    const g = project({ document: 'new', observations: [{ ...figure, quote: '别处的数字5个' }], tasks: [task] });
    expect(() => apply(g, 'new', { op: 'observation.target', index: 0 })).toThrow(
      /no task of this plan quotes "别处的数字5个"/,
    );
  });

  it('adds an indicator from the figure that needs it, its id from the English name, and files the figure under it', () => {
    const f = project({ document: 'new', observations: [obs] });
    f.all.set('data/indicators.json', [{ id: 'a' }] as unknown as Json);
    const changed = apply(f, 'new', {
      op: 'indicator.add',
      apply_to: 'observations[0]',
      name_zh: '纠纷调解成功率',
      name_en: 'Dispute mediation success rate',
      definition_zh: '调解成功的纠纷占调解结案纠纷的比例。',
      definition_en: 'Disputes settled as a share of disputes mediated to a close.',
      unit: '%',
      unit_en: '%',
      flow_stock: 'flow',
      topic: 'mediation',
    });
    expect(changed).toEqual(['data/indicators.json', 'data/annotations/new.json']);
    expect((f.all.get('data/indicators.json') as unknown as Json[])[1]).toMatchObject({
      id: 'dispute-mediation-success-rate',
      measure: 'percent',
    });
    expect((f.all.get('data/annotations/new.json')!.observations as Json[])[0]).toMatchObject({
      indicator: 'dispute-mediation-success-rate',
      draft: true,
    });
    expect(idFromName('  PCT applications (international), per 10,000 people ')).toBe(
      'pct-applications-international-per-10-000-people',
    );
  });
});

describe('the document and its places', () => {
  it('saves every manifest field, reads the date from its quote, and drafts the changelog entry once', () => {
    const f = project();
    const details = {
      op: 'manifest.update',
      no_doc_number: true,
      title_zh: '浙江省2025年知识产权状况',
      title_en: 'IP in Zhejiang, 2025',
      issuer_zh: '浙江省知识产权局',
      issuer_en: 'Zhejiang IP Administration',
      kind: 'white_paper',
      level: 'provincial',
      jurisdiction: 'zhejiang',
      date_issued: '',
      date_quote: '2026年4月20日',
      period_start: '',
      period_end: '',
    };
    expect(apply(f, 'new', details)).toEqual(['data/sources/manifest.json', 'data/changelog.json']);
    const entry = () => (f.all.get('data/sources/manifest.json') as unknown as Json[])[0]!;
    expect(entry()).toMatchObject({
      doc_number: NO_DOC_NUMBER,
      title_en: 'IP in Zhejiang, 2025',
      date_issued: '2026-04-20',
      date_quote: '2026年4月20日',
      period_start: null,
    });
    const log = () => f.all.get('data/changelog.json') as unknown as Json[];
    expect(log()).toEqual([
      {
        id: changeId('new'),
        date: '2026-05-01',
        kind: 'new_document',
        document_ids: 'new',
        summary_zh: '新增文件：浙江省知识产权局《浙江省2025年知识产权状况》。',
        summary_en: 'New document: Zhejiang IP Administration, "IP in Zhejiang, 2025".',
      },
    ]);
    // The draft's words follow a corrected title; once the curator writes their own, they stay.
    apply(f, 'new', { ...details, no_doc_number: false, doc_number: '浙知〔2026〕1号', date_issued: '2026年4月20日' });
    expect(log()[0]!.summary_zh).toBe('新增文件：浙江省知识产权局《浙江省2025年知识产权状况》（浙知〔2026〕1号）。');
    apply(f, 'new', {
      op: 'changelog.update',
      date: '2026年5月2日',
      kind: 'new_document',
      summary_zh: '新增浙江省白皮书。',
      summary_en: 'Zhejiang white paper added.',
    });
    apply(f, 'new', { ...details, title_zh: '浙江省2025年知识产权发展状况' });
    expect(log()).toHaveLength(1);
    expect(log()[0]).toMatchObject({ date: '2026-05-02', summary_zh: '新增浙江省白皮书。' });
    expect(() => apply(f, 'new', { ...details, jurisdiction: 'nowhere' })).toThrow(
      /jurisdiction "nowhere" is not a known place/,
    );
    expect(() => apply(f, 'new', { ...details, date_issued: '明年' })).toThrow(/date_issued: "明年" is not a date/);
    expect(() => apply(f, 'new', { ...details, level: 'galactic' })).toThrow(/^level: /);
  });

  it('adds a place only with a six-digit code of its own, a parent that exists and a new id', () => {
    const f = project();
    const place = {
      op: 'jurisdiction.add',
      id: 'hangzhou',
      name_zh: '杭州市',
      name_en: 'Hangzhou',
      level: 'prefecture',
      parent: 'zhejiang',
      code: '330100',
    };
    expect(() => addJurisdiction(f, { ...place, code: '3301' })).toThrow(/^code: use the six-digit GB\/T 2260/);
    expect(() => addJurisdiction(f, { ...place, parent: 'nowhere' })).toThrow(/parent: "nowhere" is not a place/);
    expect(() => addJurisdiction(f, { ...place, parent: '' })).toThrow(/a prefecture place lies inside another/);
    expect(() => addJurisdiction(f, { ...place, id: 'zhejiang' })).toThrow(/"zhejiang" is already a place/);
    expect(() => addJurisdiction(f, { ...place, code: '330000' })).toThrow(/330000 is already the code of 浙江省/);
    expect(() => addJurisdiction(f, { ...place, id: 'Hang Zhou' })).toThrow(/^id: use lower-case kebab-case/);
    expect(addJurisdiction(f, place)).toEqual(['data/jurisdictions.json']);
    expect((f.all.get('data/jurisdictions.json') as unknown as Json[]).map((p) => p.id)).toEqual([
      'zhejiang',
      'hangzhou',
    ]);
  });

  it('refuses a body that names no entry, with a message rather than a TypeError', () => {
    const f = project({ document: 'new', observations: 'not a list' as unknown as Json[] });
    expect(() => apply(f, 'new', { op: 'observation.accept', index: 0 })).toThrow(
      /observations in the file is not a list/,
    );
    const g = project();
    for (const index of [undefined, null, -1, 1.5, 'x', { a: 1 }])
      expect(() => apply(g, 'new', { op: 'task.accept', index })).toThrow(OpError);
    expect(() => apply(g, 'new', { op: 'changelog.update' })).toThrow(/no changelog entry yet/);
  });
});

describe('what changed on disk', () => {
  it('shows removed and added lines with two of context, and cuts long unchanged runs', () => {
    const before = ['{', '  "a": 1,', '  "b": 2,', '  "c": 3,', '  "d": 4,', '  "e": 5,', '  "f": 6', '}'].join('\n');
    const after = before.replace('"b": 2', '"b": 20').replace('"f": 6', '"f": 6,\n  "g": 7');
    expect(lineDiff(before, after)).toEqual([
      { op: ' ', text: '{' },
      { op: ' ', text: '  "a": 1,' },
      { op: '-', text: '  "b": 2,' },
      { op: '+', text: '  "b": 20,' },
      { op: ' ', text: '  "c": 3,' },
      { op: ' ', text: '  "d": 4,' },
      { op: ' ', text: '  "e": 5,' },
      { op: '-', text: '  "f": 6' },
      { op: '+', text: '  "f": 6,' },
      { op: '+', text: '  "g": 7' },
      { op: ' ', text: '}' },
    ]);
    const long = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n');
    expect(
      lineDiff(long, long.replace('line 10', 'line ten'))
        .map((l) => l.op)
        .join(''),
    ).toBe('…  -+  …');
  });
});
