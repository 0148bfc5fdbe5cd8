import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../src/pipeline/pipeline.ts';
import { diskReader } from '../../src/shared/reader.ts';
import { DATASETS } from '../../src/schemas/index.ts';

const root = resolve(import.meta.dirname, '../..');
const { datasets, files, coverage } = buildData(diskReader(root));
const derived = (id: string) => {
  const row = datasets.derived.find((d) => d.id.startsWith(id));
  if (!row) throw new Error(`no derived row ${id}`);
  return row;
};

describe('the five real documents', () => {
  it('account for every numeric mention', () => {
    expect(coverage).toHaveLength(5);
    for (const c of coverage)
      expect(c.mentions).toBe(c.observation + c.target + c.not_statistic + c.not_statistic_kind);
    expect(datasets.mentions.length).toBe(datasets.documents.reduce((n, d) => n + d.mentions, 0));
  });

  it('leave the Weifang date empty rather than guessing it', () => {
    expect(datasets.documents.find((d) => d.id === 'weifang-2023-plan')!.date_issued).toBeNull();
  });

  it('recompute the court closure rate and agree with the stated 95.38% at its precision', () => {
    const r = derived('court-ip-closure-rate');
    expect(r.value).toBeCloseTo((129298 / 135565) * 100, 10);
    expect(r).toMatchObject({ reported_value: 95.38, reported_decimals: 2, agrees: true });
  });

  it('show the patent dispute closure rate above 100% without clipping it', () => {
    expect(derived('patent-dispute-closure-rate').value).toBeCloseTo((2050 / 2040) * 100, 10);
    expect(derived('patent-dispute-closure-rate').value).toBeGreaterThan(100);
  });

  it('compute both WIPO mediation success rates and check the stated one', () => {
    expect(derived('wipo-mediation-success-of-concluded')).toMatchObject({ reported_value: 32.2, agrees: true });
    expect(derived('wipo-mediation-success-of-entrusted').value).toBeCloseTo((19 / 68) * 100, 10);
  });

  it('imply the 2021 insurance baselines from the stated growth', () => {
    const policies = derived('ip-insurance-policies-implied-prior-year');
    expect(policies.value).toBeCloseTo(801 / 2.159, 8);
    expect(policies.period_start).toBe('2021-01-01');
    expect(derived('ip-insurance-amount-implied-prior-year').value).toBeCloseTo(290000000 / 1.945, 4);
  });

  it('show the one workstation added to 24 as progress, not as the batch the plan asks for', () => {
    const target = datasets.targets.find((t) => t.indicator_id === 'rights-assistance-workstations')!;
    expect(target).toMatchObject({ comparator: 'gt', baseline_value: 24, target_value: null, amount_zh: '一批' });
    const a = datasets.assessments.filter((x) => x.task_id === target.task_id);
    expect(a.map((x) => [x.status, x.computed, x.as_of, x.latest])).toEqual([
      ['in_progress', true, '2023-08-02', true],
    ]);
  });

  it('record the medical-procurement history: in progress by the reply, carried over by the 2024 work points', () => {
    const t04 = datasets.assessments.filter((a) => a.task_id === 'sh23-t04');
    expect(t04.map((a) => [a.as_of, a.status, a.latest])).toEqual([
      ['2023-08-02', 'in_progress', false],
      ['2024-03-25', 'carried_over', true],
    ]);
    expect(datasets.tasks.find((t) => t.id === 'sh23-t04')).toMatchObject({
      status: 'carried_over',
      status_as_of: '2024-03-25',
    });
  });

  it('publish every task with its latest status, and histories oldest first', () => {
    for (const t of datasets.tasks) {
      const history = datasets.assessments.filter((a) => a.task_id === t.id);
      expect(history.length, t.id).toBeGreaterThan(0);
      expect(
        history.map((a) => a.as_of),
        t.id,
      ).toEqual(history.map((a) => a.as_of).sort());
      expect(
        history.map((a) => a.latest),
        t.id,
      ).toEqual(history.map((_, i) => i === history.length - 1));
      expect([t.status, t.status_as_of], t.id).toEqual([history.at(-1)!.status, history.at(-1)!.as_of]);
    }
  });

  it('give every task a deadline by one rule: stated, or the plan period end marked inferred', () => {
    const period = new Map(datasets.documents.map((d) => [d.id, d.period_end]));
    for (const t of datasets.tasks) if (t.deadline_inferred) expect(t.deadline, t.id).toBe(period.get(t.document_id));
    const stated = datasets.tasks.filter((t) => !t.deadline_inferred).map((t) => t.id);
    expect(stated.sort()).toEqual([
      'ja23-g1',
      'ja23-g2',
      'ja23-g3',
      'ja23-g4',
      'ja23-g5',
      'sh23-r1',
      'sh23-r2',
      'sh23-r3',
      'wf23-r1',
      'wf23-r2',
      'wf23-r3',
    ]);
  });

  it('tag every task with one to three of 12 to 20 themes', () => {
    expect(datasets.themes.length).toBeGreaterThanOrEqual(12);
    expect(datasets.themes.length).toBeLessThanOrEqual(20);
    for (const t of datasets.tasks) {
      const n = datasets.task_themes.filter((r) => r.task_id === t.id).length;
      expect(n, t.id).toBeGreaterThanOrEqual(1);
      expect(n, t.id).toBeLessThanOrEqual(3);
    }
  });

  it('link the 2024 work points to the 2023 tasks they carry on, each by a passage of the later task', () => {
    const tasks = new Map(datasets.tasks.map((t) => [t.id, t]));
    expect(datasets.task_links.length).toBeGreaterThanOrEqual(10);
    for (const l of datasets.task_links) {
      expect(tasks.get(l.from)!.document_id).toBe('shanghai-2023-plan');
      const to = tasks.get(l.to)!;
      expect(to.document_id).toBe('shanghai-2024-work-points');
      expect(l.quote_start >= to.quote_start && l.quote_end <= to.quote_end, l.id).toBe(true);
    }
  });

  it('quote every numbered task whole, heading and body', () => {
    for (const t of datasets.tasks.filter((x) => /^\d+$/.test(x.number))) {
      expect(t.quote.replace(/\s/g, ''), t.id).toMatch(new RegExp(`^${t.number}\\.`));
      expect(t.quote.length, t.id).toBeGreaterThan(60);
      expect(t.quote.trim().endsWith('。'), t.id).toBe(true);
    }
  });

  it('give every number that is not a statistic a reason in both languages', () => {
    for (const m of datasets.mentions.filter((x) => x.use.startsWith('not_statistic'))) {
      expect(m.reason, m.id).not.toBe('');
      expect(m.reason_zh, m.id).toMatch(/[\u4e00-\u9fff]/u);
    }
  });

  it('cite evidence for every status other than no_evidence, from documents dated on or after the plan', () => {
    const dates = new Map(datasets.documents.map((d) => [d.id, d.date_issued ?? d.period_start]));
    for (const a of datasets.assessments) {
      const ev = datasets.evidence.filter((e) => e.assessment_id === a.id);
      expect(ev.length, a.id).toBe(a.evidence_count);
      if (a.status !== 'no_evidence') expect(ev.length, a.id).toBeGreaterThan(0);
      for (const e of ev) expect(dates.get(e.document_id)! >= dates.get(a.plan_id)!, e.id).toBe(true);
    }
  });
});

describe('published files', () => {
  it('have CSVs that papaparse reads back to the JSON rows', () => {
    for (const spec of DATASETS) {
      const csv = files.get(`${spec.name}.csv`) as string;
      const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
      expect(parsed.errors, spec.name).toEqual([]);
      expect(parsed.meta.fields).toEqual(Object.keys(spec.schema.shape));
      const json = JSON.parse(new TextDecoder().decode(files.get(`${spec.name}.json`) as Uint8Array)) as Record<
        string,
        unknown
      >[];
      expect(parsed.data.length, spec.name).toBe(json.length);
      parsed.data.forEach((row, i) => {
        for (const [k, v] of Object.entries(json[i]!)) {
          const text = v === null ? '' : String(v);
          expect(row[k] === text || row[k] === `'${text}`, `${spec.name}[${i}].${k}`).toBe(true);
        }
      });
      expect(files.get(`excel/${spec.name}.csv`)).toBe(`\uFEFF${csv}`);
    }
  });

  it('have a datapackage.json valid against the Data Package v2 profile, with true sizes and hashes', () => {
    const profile = JSON.parse(readFileSync(resolve(root, 'tests/fixtures/datapackage-2.0/datapackage.json'), 'utf8'));
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(profile);
    const pkg = JSON.parse(files.get('datapackage.json') as string);
    expect(validate(pkg), JSON.stringify(validate.errors)).toBe(true);
    for (const r of pkg.resources) {
      const content = files.get(r.path) as string;
      expect(r.bytes).toBe(Buffer.byteLength(content));
      expect(r.hash).toBe(`sha256:${createHash('sha256').update(content).digest('hex')}`);
      for (const f of r.schema.fields) expect(f.description).toMatch(/[\u4e00-\u9fff].*｜.*[A-Za-z]/u);
    }
  });

  it('include one zip of every dataset with a README, readable back', () => {
    const zip = unzipSync(files.get('ip-plan-tracker-data.zip') as Uint8Array);
    const names = Object.keys(zip);
    for (const spec of DATASETS)
      expect(names).toEqual(
        expect.arrayContaining([`${spec.name}.csv`, `${spec.name}.json`, `excel/${spec.name}.csv`]),
      );
    expect(names).toEqual(expect.arrayContaining(['README.md', 'datapackage.json']));
    expect(strFromU8(zip['observations.csv']!)).toBe(files.get('observations.csv'));
    expect(strFromU8(zip['README.md']!)).toMatch(/沪知局函〔2023〕54号/);
  });

  it('include an Atom feed of data changes', () => {
    const feed = files.get('changelog.atom') as string;
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    expect(feed.match(/<entry>/g)).toHaveLength(datasets.changes.length);
  });

  it('are the same bytes on every build', () => {
    const again = buildData(diskReader(root)).files;
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [k, v] of files) expect(again.get(k), k).toEqual(v);
  });
});
