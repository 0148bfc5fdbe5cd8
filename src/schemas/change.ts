import { z } from 'zod';
import { field } from './describe.ts';
import { Id, IsoDate } from './vocab.ts';

/** What kind of change to the data a changelog entry records. */
export const ChangeKind = z.enum(['new_document', 'corrected_figure', 'changed_status', 'new_indicator', 'method']);

/** One change to the published data, curated in data/changelog.json and published as a page and an Atom feed. */
export const ChangeRow = z.strictObject({
  id: field(Id, '变更标识', 'Change identifier'),
  date: field(IsoDate, '变更日期', 'Date the data changed'),
  kind: field(
    ChangeKind,
    '类型：new_document 新增文件、corrected_figure 更正数字、changed_status 状态变更、new_indicator 新增指标、method 方法调整',
    'Kind: new_document, corrected_figure, changed_status, new_indicator or method',
  ),
  document_ids: field(z.string(), '涉及文档标识（以空格分隔）', 'Ids of the documents concerned, space-separated'),
  summary_zh: field(z.string().min(1), '变更摘要', 'Summary in Chinese'),
  summary_en: field(z.string().min(1), '变更摘要（英文）', 'Summary in English'),
});
export type ChangeRow = z.infer<typeof ChangeRow>;
export const Changelog = z.array(ChangeRow).min(1);
