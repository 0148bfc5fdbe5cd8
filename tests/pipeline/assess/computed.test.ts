import { describe, expect, it } from 'vitest';
import { buildDatasets } from '../../../src/pipeline/pipeline.ts';
import { DataError } from '../../../src/shared/errors.ts';
import { judgeFigure } from '../../../src/pipeline/assess/computed.ts';
import type { ObservationRow, TargetRow } from '../../../src/schemas/index.ts';
import { fixture, planAnnotation } from '../fixture.ts';

const TARGET: TargetRow = {
  id: 't-target',
  task_id: 't',
  indicator_id: 'rights-assistance-workstations',
  comparator: 'gt',
  target_value: null,
  qualifier: null,
  unit: '家',
  reference_zh: '',
  reference_en: '',
  amount_zh: '一批',
  amount_en: 'a batch',
  baseline_observation_id: 'base',
  baseline_value: 24,
  deadline: '2023-12-31',
  document_id: 'p',
  doc_number: '测〔2023〕1号',
  quote: '增设一批新的工作站',
  quote_start: 0,
  quote_end: 9,
};

function figure(value: number, date: string): ObservationRow {
  return {
    id: `ws-${date}`,
    indicator_id: 'rights-assistance-workstations',
    indicator_zh: '维权援助工作站数',
    indicator_en: 'Rights-assistance workstations',
    jurisdiction: 'shanghai',
    period_start: date,
    period_end: date,
    value,
    unit: '家',
    unit_en: 'workstations',
    qualifier: 'exact',
    mention_text: `${value}家`,
    document_id: 'r',
    doc_number: '测〔2023〕2号',
    quote: `${value}家`,
    quote_start: 0,
    quote_end: 3,
    note_zh: '',
    note_en: '',
  };
}

describe('a computed status never claims more than the words', () => {
  it('shows one added to a vague "batch" as progress, never as achieved, however many are added', () => {
    for (const n of [25, 40, 1000]) expect(judgeFigure(TARGET, figure(n, '2023-08-02')).status).toBe('in_progress');
    const j = judgeFigure(TARGET, figure(25, '2023-08-02'));
    expect(j.rationale_zh).toBe('截至2023年8月2日为25家，多于基线24家；原文要求增设“一批”，这一数字不足以表明已经完成');
    expect(j.rationale_en).toMatch(/^25 workstations as of 2 August 2023, more than the baseline of 24 workstations/);
    expect(j.rationale_en).toMatch(/a batch more/);
  });

  it('counts no increase after the deadline as not achieved, and before it as still open', () => {
    expect(judgeFigure(TARGET, figure(24, '2024-03-25')).status).toBe('not_achieved');
    expect(judgeFigure(TARGET, figure(24, '2023-08-02')).status).toBe('in_progress');
  });

  it('judges a stated number by the number', () => {
    const numeric = { ...TARGET, amount_zh: '', amount_en: '', comparator: 'gte' as const, target_value: 30 };
    expect(judgeFigure(numeric, figure(30, '2023-08-02'))).toMatchObject({
      status: 'achieved',
      rationale_zh: '截至2023年8月2日为30家，达到目标（不少于30家）',
    });
    expect(judgeFigure(numeric, figure(29, '2023-08-02')).status).toBe('in_progress');
    expect(judgeFigure(numeric, figure(29, '2024-01-02'))).toMatchObject({
      status: 'not_achieved',
      rationale_en:
        '29 workstations as of 2 January 2024, short of the target of at least 30 workstations, due 31 December 2023.',
    });
  });
});

describe('a target with an amount the text gives no number for', () => {
  function planWithAmount(target: Record<string, unknown>) {
    const plan = planAnnotation();
    Object.assign(plan.tasks[0]!.target!, { quote: '在园区增设一批新的服务点', ...target });
    return plan;
  }
  const failure = (plan: unknown) => {
    try {
      buildDatasets(fixture({ plan }));
    } catch (e) {
      if (e instanceof DataError) return e;
      throw e;
    }
    throw new Error('the build did not fail');
  };

  it('is published with the amount and no target value, and computed as in progress', () => {
    const { datasets } = buildDatasets(fixture({ plan: planWithAmount({ amount_zh: '一批', amount_en: 'a batch' }) }));
    expect(datasets.targets[0]).toMatchObject({
      target_value: null,
      baseline_value: 24,
      amount_zh: '一批',
      amount_en: 'a batch',
    });
    expect(datasets.tasks.find((t) => t.id === 't1')).toMatchObject({ status: 'in_progress' });
  });

  it('refuses an amount the quote does not word, or one with no baseline', () => {
    expect(failure(planWithAmount({ amount_zh: '若干', amount_en: 'several' })).message).toMatch(
      /tasks\[0\] "t1"\.target: amount_zh "若干" is not in the target's quote\. Fix: copy the amount as the quote words it/,
    );
    expect(
      failure(planWithAmount({ amount_zh: '一批', amount_en: 'a batch', baseline_observation: undefined })).message,
    ).toMatch(/an amount with no number is counted above a baseline/);
    expect(failure(planWithAmount({ amount_zh: '一批' })).message).toMatch(/amount_zh and amount_en go together/);
  });
});
