import { z } from 'zod';
import { field } from './describe.ts';
import { Id, IsoDate } from './vocab.ts';

/** Kinds of computed metric. */
export const DerivedKind = z.enum(['rate', 'implied_baseline', 'target_progress']);

/** A metric computed from observations, never typed in. */
export const DerivedRow = z.strictObject({
  id: field(Id, '衍生指标标识', 'Derived metric identifier'),
  kind: field(
    DerivedKind,
    '类型：rate 比率、implied_baseline 推算基数、target_progress 目标进度',
    'Kind: rate, implied_baseline or target_progress',
  ),
  indicator_id: field(Id, '相关指标标识', 'Indicator the metric belongs to'),
  label_zh: field(z.string(), '名称', 'Name in Chinese'),
  label_en: field(z.string(), '名称（英文）', 'Name in English'),
  jurisdiction: field(Id, '辖区标识（见 jurisdictions）', 'Jurisdiction identifier (see jurisdictions)'),
  period_start: field(IsoDate, '统计期起始日', 'First day of the period'),
  period_end: field(IsoDate, '统计期截止日', 'Last day of the period'),
  value: field(z.number(), '计算值（未取整）', 'Computed value, unrounded'),
  value_low: field(
    z.number().nullable(),
    '计算值下限：输入数字按原文末位四舍五入时的最小可能值（确数输入则等于计算值）',
    'Lowest value the inputs allow, each input read as rounded at its last written digit (equals value for exact inputs)',
  ),
  value_high: field(
    z.number().nullable(),
    '计算值上限：输入数字按原文末位四舍五入时的最大可能值',
    'Highest value the inputs allow, each input read as rounded at its last written digit',
  ),
  unit: field(z.string(), '单位', 'Unit'),
  formula_zh: field(z.string(), '计算公式', 'Formula in Chinese'),
  formula_en: field(z.string(), '计算公式（英文）', 'Formula in English'),
  inputs: field(z.string(), '输入观测值标识（以空格分隔）', 'Ids of the input observations, space-separated'),
  reported_value: field(z.number().nullable(), '原文所报数值', 'The value the source states, where it states one'),
  reported_observation_id: field(Id.nullable(), '原文所报数值的观测值标识', 'Observation holding the stated value'),
  reported_decimals: field(z.number().int().nullable(), '原文数值的小数位数', 'Decimal places of the stated value'),
  agrees: field(
    z.boolean().nullable(),
    '按原文精度四舍五入后是否一致',
    'Whether the computed value rounds to the stated one at its precision',
  ),
});
export type DerivedRow = z.infer<typeof DerivedRow>;
