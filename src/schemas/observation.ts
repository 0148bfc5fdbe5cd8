import { z } from 'zod';
import { field } from './describe.ts';
import { provenance } from './provenance.ts';
import { Id, IsoDate, Qualifier } from './vocab.ts';

/** One statistic a document reports, read from its quote. */
export const ObservationRow = z.strictObject({
  id: field(Id, '观测值标识', 'Observation identifier'),
  indicator_id: field(Id, '指标标识', 'Indicator identifier'),
  indicator_zh: field(z.string(), '指标名称', 'Indicator name in Chinese'),
  indicator_en: field(z.string(), '指标名称（英文）', 'Indicator name in English'),
  jurisdiction: field(Id, '辖区标识（见 jurisdictions）', 'Jurisdiction identifier (see jurisdictions)'),
  period_start: field(IsoDate, '统计期起始日', 'First day of the period the number covers'),
  period_end: field(IsoDate, '统计期截止日', 'Last day of the period the number covers'),
  value: field(
    z.number(),
    '数值（万、亿已展开；百分比以百分数表示；下降、减少为负数）',
    'Value (万 and 亿 expanded; percentages as percent numbers; a fall negative)',
  ),
  low: field(
    z.number().optional(),
    '区间下限（原文为区间时，如3-5家的3；数值即取下限）',
    'Lower bound where the source states a range (3 in 3-5家; the value is then this bound); empty otherwise',
  ),
  high: field(
    z.number().optional(),
    '区间上限（原文为区间时，如3-5家的5）',
    'Upper bound where the source states a range (5 in 3-5家); empty otherwise',
  ),
  unit: field(z.string(), '单位（量词）', 'Unit (Chinese measure word, 元, or %)'),
  unit_en: field(z.string(), '单位（英文）', 'Unit in English'),
  qualifier: field(
    Qualifier,
    '限定语：exact 确数、approximate 约数、more_than 超过、at_least 不少于',
    'Qualifier: exact, approximate (约/近), more_than (超过/余), at_least (以上/不少于)',
  ),
  mention_text: field(z.string(), '原文中的数字表述', 'The number as written in the source'),
  ...provenance,
  note_zh: field(z.string(), '说明', 'Note in Chinese'),
  note_en: field(z.string(), '说明（英文）', 'Note in English'),
});
export type ObservationRow = z.infer<typeof ObservationRow>;
