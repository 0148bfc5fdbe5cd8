import { describe, expect, it } from 'vitest';
import { buildData } from '../../../src/pipeline/pipeline.ts';
import { DataError } from '../../../src/shared/errors.ts';
import { diskReader } from '../../../src/shared/reader.ts';
import { loadJurisdictions } from '../../../src/pipeline/sources/places.ts';
import {
  documentKinds,
  figures as fixtureFigures,
  fixture,
  jurisdictions,
  manifest,
  planAnnotation,
  replyAnnotation,
} from '../fixture.ts';
import Papa from 'papaparse';

const parseCsv = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

function failure(parts: Parameters<typeof fixture>[0]): string {
  try {
    buildData(fixture(parts));
  } catch (e) {
    if (e instanceof DataError) return e.message;
    throw e;
  }
  throw new Error('the build did not fail');
}

describe('jurisdictions and document kinds are data', () => {
  it('a new place and a new genre need only data entries (test sample: Hangzhou, a work summary)', () => {
    const places = [
      ...jurisdictions(),
      { id: 'zhejiang', name_zh: '浙江省', name_en: 'Zhejiang', level: 'provincial', parent: null, code: '330000' },
      {
        id: 'hangzhou',
        name_zh: '杭州市',
        name_en: 'Hangzhou',
        level: 'prefecture',
        parent: 'zhejiang',
        code: '330100',
      },
    ];
    const kinds = [
      ...documentKinds(),
      { id: 'action_plan', name_zh: '行动计划', name_en: 'Action plan', is_plan: true },
      { id: 'work_summary', name_zh: '工作总结', name_en: 'Work summary', is_plan: false },
    ];
    const m = manifest();
    for (const e of m) e.jurisdiction = 'hangzhou';
    m[0]!.kind = 'action_plan';
    m[1]!.kind = 'work_summary';
    const plan = planAnnotation();
    plan.observations[0]!.jurisdiction = 'hangzhou';
    const reply = replyAnnotation();
    for (const o of reply.observations) o.jurisdiction = 'hangzhou';
    const figures = {
      ...fixtureFigures(),
      headlines: [{ ...fixtureFigures().headlines[0]!, jurisdiction: 'hangzhou' }],
    };
    const { datasets, files } = buildData(
      fixture({ manifest: m, jurisdictions: places, documentKinds: kinds, plan, reply, figures }),
    );
    expect(datasets.documents.map((d) => [d.kind, d.jurisdiction_zh, d.jurisdiction_en])).toEqual([
      ['action_plan', '浙江省杭州市', 'Hangzhou, Zhejiang'],
      ['work_summary', '浙江省杭州市', 'Hangzhou, Zhejiang'],
      ['work_points', '浙江省杭州市', 'Hangzhou, Zhejiang'],
    ]);
    // The new kind is a plan: its tasks are accepted and assessed.
    expect(datasets.assessments.find((a) => a.task_id === 't1')).toMatchObject({ status: 'achieved' });
    const published = parseCsv(files.get('jurisdictions.csv') as string);
    expect(published.find((r) => r.id === 'hangzhou')).toMatchObject({ code: '330100', parent: 'zhejiang' });
    expect(parseCsv(files.get('document_kinds.csv') as string).map((r) => r.id)).toContain('work_summary');
    const pkg = JSON.parse(files.get('datapackage.json') as string) as {
      resources: { name: string; schema: { foreignKeys?: unknown[] } }[];
    };
    expect(pkg.resources.find((r) => r.name === 'documents')!.schema.foreignKeys).toContainEqual({
      fields: ['jurisdiction'],
      reference: { resource: 'jurisdictions', fields: ['id'] },
    });
  });

  it('the real jurisdictions load with their chain of names', () => {
    const byId = loadJurisdictions(diskReader(process.cwd()));
    expect(byId.get('shanghai-jingan')).toMatchObject({ parent: 'shanghai', code: '310106', level: 'county' });
  });
});

describe('bad jurisdictions and kinds stop the build naming file, entry and fix', () => {
  const places = () => jurisdictions() as { id: string; parent: string | null; code: string; level: string }[];

  it('an unknown parent', () => {
    const j = places();
    j[1]!.parent = 'nowhere';
    expect(failure({ jurisdictions: j })).toBe(
      'data/jurisdictions.json › [1] "shanghai-jingan": parent "nowhere" is not a jurisdiction in this file. Fix: use the id of the enclosing place (add it first if it is missing), or null for a place at the top',
    );
  });

  it('a cycle of parents', () => {
    const j = [
      { id: 'a', name_zh: '甲', name_en: 'A', level: 'county', parent: 'b', code: '110101' },
      { id: 'b', name_zh: '乙', name_en: 'B', level: 'county', parent: 'a', code: '110102' },
    ];
    expect(failure({ jurisdictions: [...places(), ...j] })).toMatch(
      /data\/jurisdictions\.json › \[2\] "a": parents form a cycle \(a → b → a\)\. Fix: make each parent a larger place/,
    );
  });

  it('a parent that is not a larger place', () => {
    const j = places();
    j[0]!.level = 'county';
    expect(failure({ jurisdictions: j })).toMatch(
      /\[1\] "shanghai-jingan": parent "shanghai" is county, not above this county entry/,
    );
  });

  it('a code that is not six digits, and a code used twice', () => {
    const j = places();
    j[1]!.code = '31010';
    expect(failure({ jurisdictions: j })).toMatch(
      /^data\/jurisdictions\.json › \[1\]\.code \(in "shanghai-jingan"\): use the six-digit GB\/T 2260 administrative-division code/,
    );
    const k = places();
    k[1]!.code = '310000';
    expect(failure({ jurisdictions: k })).toMatch(
      /\[1\] "shanghai-jingan": code 310000 is also the code of "shanghai"/,
    );
  });

  it('a duplicate id', () => {
    const j = places();
    j[1]!.id = 'shanghai';
    expect(failure({ jurisdictions: j })).toMatch(/\[1\] "shanghai": duplicate jurisdiction id "shanghai"/);
  });

  it('a manifest entry naming an unknown jurisdiction or kind', () => {
    const m = manifest();
    m[1]!.jurisdiction = 'hangzhou';
    expect(failure({ manifest: m })).toBe(
      'data/sources/manifest.json › [1] "test-reply": unknown jurisdiction "hangzhou". Fix: use an id from data/jurisdictions.json, or add the place there (name, level, parent, GB/T 2260 code)',
    );
    const n = manifest();
    n[1]!.kind = 'white_paper';
    expect(failure({ manifest: n })).toMatch(
      /\[1\] "test-reply": unknown document kind "white_paper"\. Fix: use an id from data\/document-kinds\.json \(implementation_plan, work_points, proposal_reply\), or add the kind there/,
    );
  });

  it('an observation in an unknown jurisdiction', () => {
    const reply = replyAnnotation();
    reply.observations[0]!.jurisdiction = 'hangzhou';
    expect(failure({ reply })).toMatch(
      /test-reply\.json › observations\[0\] "workstations-2023-08": unknown jurisdiction "hangzhou"/,
    );
  });

  it('a duplicate document kind', () => {
    const k = [...documentKinds(), documentKinds()[0]!];
    expect(failure({ documentKinds: k })).toMatch(
      /data\/document-kinds\.json › \[3\] "implementation_plan": duplicate document kind "implementation_plan"/,
    );
  });
});
