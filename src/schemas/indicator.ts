import { z } from 'zod';
import { field } from './describe.ts';
import { Id } from './vocab.ts';

/** What an indicator measures. */
export const Measure = z.enum(['count', 'money', 'percent']);

/** Whether an indicator counts over a period (flow: 新增, 全年受理, 授权量) or what exists at a date (stock: 有效, 拥有量, 累计). */
export const FlowStock = z.enum(['flow', 'stock']);
export type FlowStock = z.infer<typeof FlowStock>;

/** Policy area an indicator belongs to. */
export const Topic = z.enum([
  'creation',
  'use',
  'copyright',
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
  'governance',
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
  flow_stock: field(
    FlowStock,
    '流量或存量：flow 为统计期内的发生数（新增、受理、授权），stock 为某一日期的存有数（有效、拥有量、累计）',
    'Flow or stock: flow is counted over a period (new, accepted, granted); stock is what exists at a date (valid, held, cumulative)',
  ),
  base: field(
    Id.nullable(),
    '增长率所依据的指标标识（其他指标为空）',
    'Id of the indicator a growth or change rate is computed on; empty for other indicators',
  ),
});
export type IndicatorRow = z.infer<typeof IndicatorRow>;
export const Indicators = z.array(IndicatorRow).min(1);
