import { z } from 'zod';
import { field } from './describe.ts';
import { Id, Level } from './vocab.ts';

/** Administrative level in China's hierarchy of divisions (GB/T 2260): the manifest's vocabulary too. */
export const JurisdictionLevel = Level;
export type JurisdictionLevel = z.infer<typeof JurisdictionLevel>;

/** One place a document or a statistic belongs to, as curated in data/jurisdictions.json. */
export const JurisdictionRow = z.strictObject({
  id: field(Id, '辖区标识', 'Jurisdiction identifier'),
  name_zh: field(z.string().min(1), '名称', 'Name in Chinese'),
  name_en: field(z.string().min(1), '名称（英文）', 'Name in English'),
  level: field(
    JurisdictionLevel,
    '层级：national 国家、provincial 省级、prefecture 地级、county 县级（含市辖区）',
    'Level: national, provincial, prefecture (prefecture-level city) or county (county or district)',
  ),
  parent: field(
    Id.nullable(),
    '上级辖区标识（省级及以上为空）',
    'Identifier of the enclosing jurisdiction; empty at the top',
  ),
  code: field(
    z.string().regex(/^[0-9]{6}$/, 'use the six-digit GB/T 2260 administrative-division code, e.g. "310106"'),
    '行政区划代码（GB/T 2260，六位）',
    'Administrative-division code (GB/T 2260, six digits), for joining with other data',
  ),
});
export type JurisdictionRow = z.infer<typeof JurisdictionRow>;

export const Jurisdictions = z.array(JurisdictionRow).min(1);

/**
 * The name of a place with the places that enclose it, in each language's order: 上海市静安区 (largest first, as
 * Chinese addresses are written) and "Jing'an District, Shanghai" (smallest first).
 */
export function jurisdictionName(
  byId: ReadonlyMap<string, Pick<JurisdictionRow, 'name_zh' | 'name_en' | 'parent'>>,
  id: string,
): { zh: string; en: string } {
  const chain: Pick<JurisdictionRow, 'name_zh' | 'name_en'>[] = [];
  for (let at = byId.get(id); at; at = at.parent === null ? undefined : byId.get(at.parent)) chain.push(at);
  if (!chain.length) throw new Error(`unknown jurisdiction "${id}"`);
  return {
    zh: [...chain]
      .reverse()
      .map((j) => j.name_zh)
      .join(''),
    en: chain.map((j) => j.name_en).join(', '),
  };
}
