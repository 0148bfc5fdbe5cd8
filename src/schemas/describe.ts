import { z } from 'zod';

/** Bilingual documentation attached to a schema field; it feeds the data dictionary and datapackage.json. */
export interface FieldDoc {
  description: string;
  description_zh: string;
}

/** Attach a Chinese and an English description to a field schema. */
export function field<T extends z.ZodType>(schema: T, zh: string, en: string): T {
  return schema.meta({ description: en, description_zh: zh });
}

/** The bilingual description of a field, or an error naming the field that lacks one. */
export function fieldDoc(schema: z.ZodType, name: string): FieldDoc {
  const meta = z.globalRegistry.get(schema) as Partial<FieldDoc> | undefined;
  if (!meta?.description || !meta.description_zh)
    throw new Error(`schema field "${name}" has no bilingual description: wrap it in field(schema, zh, en)`);
  return { description: meta.description, description_zh: meta.description_zh };
}
