import { z } from 'zod';
import { field } from './describe.ts';
import { Id } from './vocab.ts';

/** What an indicator measures. */
export const Measure = z.enum(['count', 'money', 'percent']);

/** Policy area an indicator belongs to. */
export const Topic = z.enum([
  'courts',
  'enforcement',
  'mediation',
  'insurance',
  'assistance',
  'protection_centres',
  'trademarks',
  'criminal',
  'legal_services',
  'online',
  'geographical_indications',
  'patents',
  'funding',
]);
export type Topic = z.infer<typeof Topic>;

/** An indicator as curated in data/indicators.json and published in indicators.csv. */
export const IndicatorRow = z.strictObject({
  id: field(Id, '指标标识', 'Indicator identifier'),
  name_zh: field(z.string().min(1), '指标名称', 'Indicator name in Chinese'),
  name_en: field(z.string().min(1), '指标名称（英文）', 'Indicator name in English'),
  definition_zh: field(z.string().min(1), '定义', 'Definition in Chinese'),
  definition_en: field(z.string().min(1), '定义（英文）', 'Definition in English'),
  unit: field(z.string().min(1), '单位（保留量词）', 'Unit: the Chinese measure word, 元 for money, % for percentages'),
  unit_en: field(z.string().min(1), '单位（英文）', 'Unit label in English'),
  measure: field(Measure, '计量类型', 'What is measured: count, money or percent'),
  topic: field(Topic, '主题', 'Policy area'),
});
export type IndicatorRow = z.infer<typeof IndicatorRow>;
export const Indicators = z.array(IndicatorRow).min(1);
