import { z } from 'zod';
import { field } from './describe.ts';

/**
 * The part a term plays in an indicator's Chinese name (发明专利 | 授权 | 量): `object` what is counted, `action`
 * what happened to it, `state` the condition it is in at a date, `modifier` a word narrowing the object, `scope`
 * whom or where the figure is taken over, `rate` the kind of ratio, `suffix` the ending a name closes on, `unit` a
 * measure word.
 */
export const GlossaryRole = z.enum(['object', 'action', 'state', 'modifier', 'scope', 'rate', 'suffix', 'unit']);
export type GlossaryRole = z.infer<typeof GlossaryRole>;

/** One term of data/glossary.json: a word of the field in Chinese and how an English indicator name renders it. */
export const GlossaryEntry = z
  .strictObject({
    /** The term as Chinese documents write it. */
    zh: field(z.string().min(1), '中文术语', 'The term as Chinese documents write it'),
    /** How an English indicator name renders it: an object in the plural, an action as a past participle; empty for a suffix English leaves out (量, 数). */
    en: field(
      z.string(),
      '英文译法（对象用复数，行为用过去分词；英文不译的后缀为空）',
      'How an English indicator name renders it: an object in the plural, an action as a past participle; empty for a suffix English leaves out (量, 数)',
    ),
    /** The part it plays in an indicator name. */
    role: field(GlossaryRole, '在指标名称中的成分', 'The part it plays in an indicator name'),
    /** Its form inside a compound name, where it differs: an object before a noun (patent), an action as a noun (applications). */
    en_compound: field(
      z.string().min(1).optional(),
      '复合名称中的英文形式（对象作定语、行为作名词时，与上不同者）',
      'Its form inside a compound name, where it differs: an object before another noun (patent), an action as a noun (applications)',
    ),
  })
  .refine((e) => e.en !== '' || e.role === 'suffix', {
    message: 'only a suffix may have an empty "en"',
    path: ['en'],
  });
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

/** data/glossary.json: the terms the draft names a new indicator in English with; not a published dataset. */
export const Glossary = z.array(GlossaryEntry).min(1);
