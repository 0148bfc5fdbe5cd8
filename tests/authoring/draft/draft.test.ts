import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, canReportOn } from '../../../src/authoring/draft/catalogue.ts';
import { loadCorpus } from '../../../src/authoring/draft/corpus.ts';
import { doorProblem } from '../../../src/authoring/draft/door.ts';
import { draftDocument } from '../../../src/authoring/draft/draft.ts';
import { formatJson } from '../../../src/shared/json.ts';
import { outline } from '../../../src/authoring/draft/outline.ts';
import { diskReader } from '../../../src/shared/reader.ts';

const root = resolve(import.meta.dirname, '../../..');
const reader = diskReader(root);
const catalogue = loadCatalogue(reader);

function draftOf(text: string, kind = 'implementation_plan', date = '') {
  const corpus = loadCorpus(reader);
  const body = date ? `${text}\n测试局\n${date}\n` : text;
  return draftDocument(corpus, {
    id: 'test-sample',
    file: 'test-sample.txt',
    bytes: new TextEncoder().encode(body),
    jurisdiction: 'shanghai',
    kind,
  }).annotation;
}

describe('the assisted draft', () => {
  it('is byte-identical when drafted twice (a real document, drafted as if new)', () => {
    const manifest = JSON.parse(readFileSync(resolve(root, 'data/sources/manifest.json'), 'utf8'));
    const reply = manifest.find((e: { kind: string }) => e.kind === 'proposal_reply');
    const once = () =>
      formatJson(
        draftDocument(loadCorpus(reader, reply.id), {
          id: reply.id,
          file: reply.file,
          bytes: readFileSync(resolve(root, 'data/sources', reply.file)),
          jurisdiction: reply.jurisdiction,
          kind: reply.kind,
        }).annotation,
      );
    const first = once();
    expect(first.length).toBeGreaterThan(1000);
    expect(once()).toBe(first);
  });

  it('reads periods from the governing time expression against the document date', () => {
    const a = draftOf(
      '2022年，共受理投诉案件1050件。截至6月，已备案服务主体257家。2021年以来累计审理纠纷案件18件。\n组织企业11家。',
      'proposal_reply',
      '2023年8月2日',
    );
    expect(a.observations.map((o) => [o.mention, o.period_start, o.period_end])).toEqual([
      ['1050件', '2022-01-01', '2022-12-31'],
      ['257家', '2023-06-30', '2023-06-30'],
      ['18件', '2021-01-01', '2023-08-02'],
      ['11家', '2023-08-02', '2023-08-02'],
    ]);
    // Units are a hard filter: a count in 家 is never matched to an indicator in 件.
    const units = new Map(loadCorpus(reader).indicators.map((i) => [i.id, i.unit]));
    for (const o of a.observations) for (const c of o.indicator_candidates) expect(units.get(c.id)).toBe(o.unit);
  });

  it('drafts tasks from the numbering, whole items under their heading, and leaves the frame sections out', () => {
    const a = draftOf(
      [
        '一、总体要求',
        '坚持以质量为导向。',
        '2、主要任务',
        '（一）加强保护',
        '1.完善工作机制。建立健全协作制度，于2023年6月30日前出台办法。',
        '2.提升覆盖水平。实现专用标志使用覆盖率达到50%以上。',
        '3.加强宣传。开展专题培训。',
        '三、工作要求',
        '（一）加强组织领导',
      ].join('\n'),
    );
    expect(a.tasks.map((t) => [t.number, t.section_zh, t.type, t.deadline])).toEqual([
      ['1', '（一）加强保护', 'milestone', '2023-06-30'],
      ['2', '（一）加强保护', 'quantitative', null],
      ['3', '（一）加强保护', 'qualitative', null],
    ]);
    expect(a.tasks[0]!.quote).toBe('1.完善工作机制。建立健全协作制度，于2023年6月30日前出台办法。');
    expect(a.tasks[0]!.summary_zh).toBe('完善工作机制。');
    expect(a.tasks[1]!.target).toMatchObject({ comparator: 'gte', value: 50, mention: '50%以上' });
    expect(a.observations).toEqual([]);
  });

  it('marks numbers that are not statistics, with a reason', () => {
    const a = draftOf('在成立20周年之际，上海三级法院聚焦“五个中心”建设，开展为期一个月的宣传。', 'proposal_reply');
    expect(a.not_statistics.map((n) => n.mention)).toEqual(['20周年', '三级', '五个', '一个月']);
    expect(a.not_statistics.every((n) => n.draft && n.reason.length > 4)).toBe(true);
  });

  it('reads a "2、" between 一、 and 三、 as the second section', () => {
    const items = outline('一、甲\n2、乙\n（一）丙\n1.丁\n三、戊\n');
    expect(items.map((i) => [i.marker, i.children.length])).toEqual([
      ['一、', 0],
      ['2、', 1],
      ['三、', 0],
    ]);
  });
});

describe('the places a document can report on', () => {
  it('is the same place or an enclosing one', () => {
    expect(canReportOn(catalogue, 'shanghai', 'shanghai-jingan')).toBe(true);
    expect(canReportOn(catalogue, 'shanghai-jingan', 'shanghai-jingan')).toBe(true);
    expect(canReportOn(catalogue, 'shanghai-jingan', 'shanghai')).toBe(false);
    expect(canReportOn(catalogue, 'weifang', 'shanghai')).toBe(false);
  });
});

describe('the door of npm run draft', () => {
  const base = { id: 'new-doc', jurisdiction: 'shanghai', kind: undefined, existing: [] };
  it.each([
    ['my plan.txt', /rename it, e\.g\. to my-plan\.txt/],
    ['plan"2024".txt', /rename it, e\.g\. to plan-2024\.txt/],
    ["weifang's.txt", /rename it/],
    ['page.html', /is an HTML page: save the document's text as a UTF-8 \.txt file/],
  ])('refuses the file %s, naming the fix', (file, message) => {
    expect(doorProblem({ ...base, file }, catalogue)).toMatch(message);
  });
  it('refuses a jurisdiction or kind that does not exist, listing the ones that do', () => {
    expect(doorProblem({ ...base, file: 'a.txt', jurisdiction: 'atlantis' }, catalogue)).toMatch(
      /jurisdiction "atlantis" is not in data\/jurisdictions\.json: use one of shanghai, shanghai-jingan, .*or add it there/,
    );
    expect(doorProblem({ ...base, file: 'a.txt', kind: 'poem' }, catalogue)).toMatch(
      /kind "poem" is not in data\/document-kinds\.json: use one of implementation_plan, /,
    );
    expect(doorProblem({ ...base, file: 'a.txt' }, catalogue)).toBeNull();
  });
});
