import { z } from 'zod';
import { field } from './describe.ts';
import { docNumberField, Id, IsoDate, KindId, Level } from './vocab.ts';

/** One source document as curated in data/sources/manifest.json. */
export const ManifestEntry = z.strictObject({
  id: field(Id, '文档标识（用于网址）', 'Document identifier (used in URLs)'),
  file: field(z.string().regex(/^[\w.-]+\.txt$/), '原文文件名', 'File name of the text in data/sources/'),
  sha256: field(z.string().regex(/^[0-9a-f]{64}$/), '原文 SHA-256 校验值', 'SHA-256 of the source file bytes'),
  doc_number: docNumberField(z.string().min(1), '文号', 'Document number (文号)'),
  title_zh: field(z.string().min(1), '标题（中文）', 'Title in Chinese'),
  title_en: field(z.string().min(1), '标题（英文）', 'Title in English'),
  issuer_zh: field(z.string().min(1), '发文机关（中文）', 'Issuing body in Chinese'),
  issuer_en: field(z.string().min(1), '发文机关（英文）', 'Issuing body in English'),
  jurisdiction: field(Id, '辖区标识（见 jurisdictions）', 'Jurisdiction identifier (see jurisdictions)'),
  level: field(
    Level,
    '发文机关层级：national 国家、provincial 省级、prefecture 地级、county 县级（含市辖区）',
    "Administrative level of the issuer: national, provincial, prefecture or county (as its jurisdiction's)",
  ),
  kind: field(KindId, '文件类型标识（见 document_kinds）', 'Kind of document (see document_kinds)'),
  date_issued: field(
    IsoDate.nullable(),
    '成文或印发日期（原文未载明则为空）',
    'Date issued or printed; empty where the text does not state it',
  ),
  date_quote: field(z.string().nullable(), '载明日期的原文', 'Verbatim text that states the date'),
  period_start: field(IsoDate.nullable(), '规划期起始日', 'First day of the period the plan covers'),
  period_end: field(IsoDate.nullable(), '规划期截止日', 'Last day of the period the plan covers'),
  period_note_zh: field(z.string().nullable(), '规划期说明', 'How the period was read from the text (Chinese)'),
  period_note_en: field(z.string().nullable(), '规划期说明（英文）', 'How the period was read from the text (English)'),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export const Manifest = z.array(ManifestEntry).min(1);

/** A document row as published: the manifest entry plus what the build measured. */
export const DocumentRow = z.strictObject({
  ...ManifestEntry.shape,
  jurisdiction_zh: field(z.string(), '辖区名称', 'Jurisdiction name in Chinese'),
  jurisdiction_en: field(z.string(), '辖区名称（英文）', 'Jurisdiction name in English'),
  chars: field(z.number().int(), '原文字符数', 'Length of the text in characters'),
  mentions: field(z.number().int(), '原文中数字提及数', 'Numeric mentions the extractor found in the text'),
});
export type DocumentRow = z.infer<typeof DocumentRow>;
