import { z } from 'zod';
import { field } from './describe.ts';
import { provenance } from './provenance.ts';
import { Comparator, Id, IsoDate, Qualifier } from './vocab.ts';

/** A quantitative target of a plan's task. */
export const TargetRow = z.strictObject({
  id: field(Id, '目标标识', 'Target identifier'),
  task_id: field(Id, '任务标识', 'Task identifier'),
  indicator_id: field(Id, '指标标识', 'Indicator the target is measured on'),
  comparator: field(Comparator, '比较方式：gte ≥、gt >、lte ≤、lt <、eq =', 'Comparator: gte, gt, lte, lt, eq'),
  target_value: field(
    z.number().nullable(),
    '目标值（以参照水平或无数字的增量表述时为空）',
    'Target value; empty when the target is a named reference level or an amount with no number',
  ),
  qualifier: field(Qualifier.nullable(), '目标值限定语', 'Qualifier of the target value as written'),
  unit: field(z.string(), '单位', 'Unit'),
  reference_zh: field(z.string(), '参照水平', 'Named reference level in Chinese (e.g. 全市平均水平)'),
  reference_en: field(z.string(), '参照水平（英文）', 'Named reference level in English'),
  amount_zh: field(
    z.string(),
    '原文未给出数字的增量（如“一批”）：可显示进展，不能据数字判定完成',
    'Amount above the baseline the text names without a number (e.g. 一批, a batch): progress can be shown, completion cannot',
  ),
  amount_en: field(z.string(), '增量（英文）', 'That amount in English'),
  baseline_observation_id: field(Id.nullable(), '基线观测值标识', 'Observation giving the baseline'),
  baseline_value: field(z.number().nullable(), '基线值', 'Baseline value'),
  deadline: field(IsoDate, '截止日期（即任务的截止日期）', "Date by which the target is due (its task's deadline)"),
  ...provenance,
});
export type TargetRow = z.infer<typeof TargetRow>;
