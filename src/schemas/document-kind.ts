import { z } from 'zod';
import { field } from './describe.ts';
import { KindId } from './vocab.ts';

/** One genre of document, as curated in data/document-kinds.json. */
export const DocumentKindRow = z.strictObject({
  id: field(KindId, '文件类型标识', 'Document kind identifier'),
  name_zh: field(z.string().min(1), '名称', 'Name in Chinese'),
  name_en: field(z.string().min(1), '名称（英文）', 'Name in English'),
  is_plan: field(
    z.boolean(),
    '是否为规划（规划设定自己的任务并有规划页面）',
    'Whether documents of this kind are plans (they set tasks of their own and get a plan page)',
  ),
});
export type DocumentKindRow = z.infer<typeof DocumentKindRow>;

export const DocumentKinds = z.array(DocumentKindRow).min(1);

/** Whether a document of this kind is a plan: the one answer the pipeline and the site share. */
export function isPlan(kinds: readonly Pick<DocumentKindRow, 'id' | 'is_plan'>[], kind: string): boolean {
  return kinds.some((k) => k.id === kind && k.is_plan);
}
