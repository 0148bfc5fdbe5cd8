import { extractMentions, type Mention } from '../../../src/pipeline/extract/index.ts';

/** The one mention whose text is `text` in the extraction of `input`; fails otherwise. */
export function mentionOf(input: string, text: string): Mention {
  const all = extractMentions(input);
  const found = all.filter((m) => m.text === text);
  if (found.length !== 1) {
    throw new Error(`expected one mention "${text}" in "${input}", got: ${JSON.stringify(all.map((m) => m.text))}`);
  }
  return found[0]!;
}

export type Expected = Pick<Mention, 'value' | 'unit' | 'qualifier' | 'kind'> & { iso?: string };

/** The fields a table row checks. */
export function fieldsOf(m: Mention): Expected {
  const e: Expected = { value: m.value, unit: m.unit, qualifier: m.qualifier, kind: m.kind };
  if (m.iso !== undefined) e.iso = m.iso;
  return e;
}
