import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalAnnotation } from '../../../src/authoring/workbench/format.ts';
import { apply, OpError, type Files } from '../../../src/authoring/workbench/ops.ts';
import { Workspace } from '../../../src/authoring/workbench/workspace.ts';

type Json = Record<string, unknown>;

function files(initial: Record<string, Json | Json[]>): Files & { all: Map<string, Json> } {
  const all = new Map(Object.entries(structuredClone(initial)) as [string, Json][]);
  return { all, get: (p) => all.get(p)!, set: (p, v) => all.set(p, v) };
}

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
    apply(f, 'new', { op: 'observation.not-statistic', index: 0, reason: '周年数 / an anniversary' });
    expect(f.get('data/annotations/new.json')).toMatchObject({
      observations: [],
      not_statistics: [{ quote: '成立20周年', mention: '20周年', reason: '周年数 / an anniversary' }],
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
      unit: '件',
      unit_en: 'cases',
      measure: 'count',
      topic: 'x',
      flow_stock: 'flow',
    };
    apply(f, 'new', ind);
    expect((f.get('data/indicators.json') as unknown as Json[]).map((i) => i.id)).toEqual(['a', 'b']);
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
