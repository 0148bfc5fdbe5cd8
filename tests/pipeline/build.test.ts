import { describe, expect, it } from 'vitest';
import { buildDatasets } from '../../src/pipeline/pipeline.ts';
import { DataError } from '../../src/shared/errors.ts';
import { changelog, fixture, manifest, planAnnotation, PLAN_TEXT, REPLY_TEXT, replyAnnotation } from './fixture.ts';

/** The DataError a build of these files stops with. */
function failure(parts: Parameters<typeof fixture>[0]): DataError {
  try {
    buildDatasets(fixture(parts));
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('the build did not fail');
}

describe('a valid project', () => {
  const { datasets, coverage } = buildDatasets(fixture());

  it('reads observations out of their quotes, with provenance', () => {
    const byId = Object.fromEntries(datasets.observations.map((o) => [o.id, o]));
    expect(byId['workstations-2023-08']).toMatchObject({
      value: 25,
      unit: '家',
      qualifier: 'exact',
      doc_number: '测函〔2023〕2号',
      mention_text: '25 家',
    });
    expect(byId['preexam-cases-2023']).toMatchObject({ value: 250, qualifier: 'approximate', mention_text: '近250件' });
    const q = byId['workstations-2023-03']!;
    expect(PLAN_TEXT.slice(q.quote_start, q.quote_end).replace(/\s/g, '')).toBe('在已建立24家维权援助工作站');
  });

  it('computes a quantitative status from observations and defaults the rest honestly', () => {
    const status = Object.fromEntries(datasets.assessments.map((a) => [a.task_id, a]));
    expect(status.t1).toMatchObject({ status: 'achieved', computed: true, as_of: '2023-08-02' });
    expect(status.t2).toMatchObject({ status: 'in_progress', computed: false, evidence_count: 1 });
    expect(datasets.targets[0]).toMatchObject({ comparator: 'gt', target_value: 24, baseline_value: 24 });
    expect(datasets.derived.find((d) => d.kind === 'target_progress')).toMatchObject({ value: 1, unit: '家' });
  });

  it('accounts for every numeric mention', () => {
    expect(coverage.map((c) => [c.document_id, c.observation, c.target, c.not_statistic])).toEqual([
      ['test-plan', 1, 0, 0],
      ['test-reply', 2, 0, 0],
      ['test-later', 0, 0, 0],
    ]);
    expect(datasets.mentions.every((m) => m.use)).toBe(true);
  });

  it('marks a task with no later evidence as no_evidence rather than as no progress', () => {
    const plan = planAnnotation();
    plan.assessments = [];
    const { datasets: d } = buildDatasets(fixture({ plan }));
    expect(d.assessments.find((a) => a.task_id === 't2')).toMatchObject({ status: 'no_evidence', evidence_count: 0 });
  });
});

describe('bad input stops the build with one message naming file, entry and fix', () => {
  it('malformed annotation file', () => {
    const e = failure({ plan: '{ "document": "test-plan", ' });
    expect(e.message).toMatch(/^data\/annotations\/test-plan\.json: the JSON stops before it is complete .* Fix: /);
    const f = failure({ plan: '{ "document": "test-plan",, "observations": [] }' });
    expect(f.message).toMatch(/^data\/annotations\/test-plan\.json: invalid JSON at line 1, column 27 .* Fix: correct/);
  });

  it('unknown indicator', () => {
    const reply = replyAnnotation();
    reply.observations[0]!.indicator = 'no-such-indicator';
    expect(failure({ reply }).message).toBe(
      'data/annotations/test-reply.json › observations[0] "workstations-2023-08": unknown indicator "no-such-indicator". Fix: use an id from data/indicators.json or add the indicator there',
    );
  });

  it('quote not found', () => {
    const reply = replyAnnotation();
    reply.observations[1]!.quote = '收到预审案件近260件';
    expect(failure({ reply }).message).toMatch(
      /test-reply\.json › observations\[1\] "preexam-cases-2023": quote "收到预审案件近260件" is not in reply\.txt\. Fix: copy the passage verbatim/,
    );
  });

  it('quote found twice', () => {
    const reply = replyAnnotation();
    reply.observations[1]!.quote = '培训';
    expect(failure({ reply }).message).toMatch(
      /observations\[1\] "preexam-cases-2023": quote "培训" occurs 2 times in reply\.txt\. Fix: lengthen the quote/,
    );
  });

  it('whitespace in the source does not defeat a quote', () => {
    const plan = planAnnotation();
    plan.observations[0]!.quote = '在已建立24家维权援助工作站的基础上';
    expect(() => buildDatasets(fixture({ plan }))).not.toThrow();
  });

  it('curated value that disagrees with the text', () => {
    const reply = replyAnnotation();
    reply.observations[1]!.value = 260;
    expect(failure({ reply }).message).toMatch(
      /observations\[1\] "preexam-cases-2023": value 260 disagrees with the text "近250件", which reads 250\. Fix: set value to 250/,
    );
  });

  it('curated qualifier that disagrees with the text', () => {
    const reply = replyAnnotation();
    reply.observations[1]!.qualifier = 'exact';
    expect(failure({ reply }).message).toMatch(
      /qualifier "exact" disagrees with the text "近250件", which reads "approximate"/,
    );
  });

  it('unknown status', () => {
    const plan = planAnnotation();
    (plan.assessments[0] as { status: string }).status = 'done';
    const e = failure({ plan });
    expect(e.file).toBe('data/annotations/test-plan.json');
    expect(e.message).toMatch(
      /assessments\[0\]\.status: Invalid option: expected one of "achieved"\|"in_progress"\|"carried_over"\|"no_evidence"\|"not_achieved"/,
    );
  });

  it('evidence dated before its plan', () => {
    const m = manifest();
    m[1]!.date_issued = '2023-01-02';
    m[1]!.date_quote = null;
    expect(failure({ manifest: m }).message).toMatch(
      /assessments\[0\] "t2"\.evidence\[0\]: evidence dated 2023-01-02 is before the plan \(2023-03-15\)\. Fix: cite a document dated on or after the plan/,
    );
  });

  it('a status other than no_evidence without evidence', () => {
    const plan = planAnnotation();
    plan.assessments[0]!.evidence = [];
    expect(failure({ plan }).message).toMatch(/status "in_progress" cites no evidence/);
  });

  it('duplicate ids', () => {
    const reply = replyAnnotation();
    reply.observations[1]!.id = 'workstations-2023-03';
    reply.observations[1]!.indicator = 'rights-assistance-workstations';
    expect(failure({ reply }).message).toMatch(
      /duplicate observation id "workstations-2023-03" \(also in data\/annotations\/test-plan\.json\)/,
    );
  });

  it('changed source', () => {
    const e = failure({ planText: PLAN_TEXT.replace('24家', '34家') });
    expect(e.message).toMatch(
      /^data\/sources\/plan\.txt: bytes changed: sha256 is [0-9a-f]{64}, manifest says [0-9a-f]{64}\. Fix: sources are never edited/,
    );
  });

  it('missing source', () => {
    const m = manifest();
    m[0]!.file = 'gone.txt';
    expect(failure({ manifest: m }).message).toMatch(
      /^data\/sources\/gone\.txt: source file listed in data\/sources\/manifest\.json is missing/,
    );
  });

  it('a number nobody accounted for', () => {
    const reply = replyAnnotation();
    reply.observations.pop();
    expect(failure({ reply }).message).toBe(
      `data/annotations/test-reply.json › not_statistics: 1 number(s) in reply.txt are not accounted for: "近250件" (quantity, at ${REPLY_TEXT.indexOf('近250件')}). Fix: use each in an observation or target, or add a not_statistics entry with a reason`,
    );
  });

  it('a number accounted for twice', () => {
    const reply = {
      ...replyAnnotation(),
      not_statistics: [{ quote: '收到预审案件近250件', reason: 'test', reason_zh: '测试' }],
    };
    expect(failure({ reply }).message).toMatch(/the number "近250件" is already accounted for by preexam-cases-2023/);
  });

  it('a changelog entry naming an unknown document', () => {
    const log = changelog();
    log[0]!.document_ids = 'test-plan nowhere';
    expect(failure({ changelog: log }).message).toBe(
      'data/changelog.json › [0] "first": unknown document "nowhere". Fix: use ids from data/sources/manifest.json',
    );
  });

  it('an assessment of a quantitative task', () => {
    const plan = planAnnotation();
    plan.assessments[0]!.task = 't1';
    expect(failure({ plan }).message).toMatch(/task "t1" is quantitative: its status is computed from observations/);
  });
});
