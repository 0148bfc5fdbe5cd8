import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildData, buildDatasets } from '../../../src/pipeline/pipeline.ts';
import { DataError } from '../../../src/shared/errors.ts';
import { fixture, planAnnotation } from '../fixture.ts';

/** The fixture plan with task 2 assessed twice: in progress by the reply, carried over by the next year's plan. */
function planWithHistory() {
  const plan = planAnnotation();
  plan.assessments.push({
    task: 't2',
    status: 'carried_over',
    as_of: '2024-03-25',
    rationale_zh: '次年仍列为待办',
    rationale_en: 'Still to do the next year',
    evidence: [{ document: 'test-later', quote: '继续组织开展专题培训' }],
  });
  return plan;
}

function failure(plan: unknown): DataError {
  try {
    buildDatasets(fixture({ plan }));
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('the build did not fail');
}

describe('status over time', () => {
  it('publishes every dated assessment of a task, oldest first, however the file orders them', () => {
    const plan = planWithHistory();
    plan.assessments.reverse();
    const { datasets } = buildDatasets(fixture({ plan }));
    const history = datasets.assessments.filter((a) => a.task_id === 't2');
    expect(history.map((a) => [a.as_of, a.status, a.latest])).toEqual([
      ['2023-08-02', 'in_progress', false],
      ['2024-03-25', 'carried_over', true],
    ]);
    expect(new Set(datasets.assessments.map((a) => a.id)).size).toBe(datasets.assessments.length);
    const evidence = datasets.evidence.filter((e) => e.task_id === 't2');
    expect(evidence.map((e) => [e.assessment_id, e.document_id])).toEqual([
      [history[0]!.id, 'test-reply'],
      [history[1]!.id, 'test-later'],
    ]);
  });

  it('gives each task the status and date of its latest assessment, in tasks.csv and the plan CSV', () => {
    const { datasets, files } = buildData(fixture({ plan: planWithHistory() }));
    expect(datasets.tasks.find((t) => t.id === 't2')).toMatchObject({
      status: 'carried_over',
      status_as_of: '2024-03-25',
    });
    expect(datasets.tasks.find((t) => t.id === 't1')).toMatchObject({ status: 'achieved', status_as_of: '2023-08-02' });
    const rows = Papa.parse<Record<string, string>>(files.get('plans/test-plan.csv') as string, { header: true }).data;
    expect(rows.find((r) => r.id === 't2')).toMatchObject({
      status: 'carried_over',
      status_as_of: '2024-03-25',
      rationale_en: 'Still to do the next year',
    });
    expect(datasets.assessments.filter((a) => a.latest).length).toBe(datasets.tasks.length);
  });

  it('refuses two assessments of a task on one date', () => {
    const plan = planWithHistory();
    plan.assessments[1]!.as_of = '2023-08-02';
    plan.assessments[1]!.evidence = [{ document: 'test-reply', quote: '培训已经开展' }];
    expect(failure(plan).message).toBe(
      'data/annotations/test-plan.json › assessments[1] "t2": task "t2" is assessed twice as of 2023-08-02 (also assessments[0] "t2"). Fix: keep one assessment per task and date',
    );
  });

  it('refuses an assessment dated later than the newest document it cites', () => {
    const plan = planAnnotation();
    plan.assessments[0]!.as_of = '2024-01-01';
    expect(failure(plan).message).toMatch(
      /assessments\[0\] "t2": as_of 2024-01-01 is later than the newest document cited \(2023-08-02\)\. Fix: set as_of to 2023-08-02/,
    );
  });

  it('refuses evidence newer than its assessment, pointing at a dated assessment of its own', () => {
    const plan = planAnnotation();
    plan.assessments[0]!.evidence.push({ document: 'test-later', quote: '编制培训教材' });
    expect(failure(plan).message).toMatch(
      /assessments\[0\] "t2"\.evidence\[1\]: evidence dated 2024-03-25 is after as_of 2023-08-02\. Fix: cite it in an assessment as of its date/,
    );
  });
});
