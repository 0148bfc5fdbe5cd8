import { z } from 'zod';
import { field } from './describe.ts';
import { Id, MentionKind, Qualifier } from './vocab.ts';

/** How a numeric mention is accounted for. */
export const MentionUse = z.enum(['observation', 'target', 'not_statistic', 'not_statistic_kind']);

/** Every numeric mention in every source, and what accounts for it. */
export const MentionRow = z.strictObject({
  id: field(z.string(), '提及标识（文档标识-起始位置）', 'Mention identifier (document id and start offset)'),
  document_id: field(Id, '文档标识', 'Document identifier'),
  start: field(z.number().int().nonnegative(), '起始位置（字符）', 'Character offset where the mention starts'),
  end: field(z.number().int().nonnegative(), '结束位置（字符）', 'Character offset where the mention ends'),
  text: field(z.string(), '原文表述', 'Text as written'),
  kind: field(
    MentionKind,
    '类别（unreadable 为无法完整读取的数字，须由编辑说明）',
    'Kind: quantity, money, percent, date, year_range, ordinal, reference, contact, or unreadable (a number the extractor cannot read whole, which a curator must account for)',
  ),
  value: field(
    z.number().nullable(),
    '数值（下降、减少为负数；区间取下限）',
    'Value read by the extractor (negative for a fall: 下降6.0% is -6; a range gives its lower bound)',
  ),
  low: field(z.number().nullable(), '区间下限（如3-5家的3）', 'Lower bound of a range (3 in 3-5家); empty otherwise'),
  high: field(z.number().nullable(), '区间上限（如3-5家的5）', 'Upper bound of a range (5 in 3-5家); empty otherwise'),
  unit: field(z.string().nullable(), '单位', 'Unit read by the extractor'),
  qualifier: field(Qualifier, '限定语', 'Qualifier'),
  use: field(
    MentionUse,
    '用途',
    'How it is accounted for: observation, target, not_statistic (curated) or not_statistic_kind (by its kind)',
  ),
  used_by: field(z.string().nullable(), '使用该数字的行标识', 'Id of the row that uses it'),
  reason: field(z.string(), '不作为统计数据的理由（英文）', 'Why it is not a statistic, in English'),
  reason_zh: field(z.string(), '不作为统计数据的理由', 'Why it is not a statistic, in Chinese'),
});
export type MentionRow = z.infer<typeof MentionRow>;
