import { extractMentions } from '../extract/index.ts';
import { STATISTIC_KINDS, type AnnotationFile } from '../../schemas/index.ts';
import { compact, uniqueQuote } from './quotes.ts';
import { sha256 } from './sources.ts';

export const TODO = 'TODO';

/**
 * A first annotation file for a new document: every count, amount and percentage pre-filled as a draft observation
 * (indicator "todo" and the document's year as period, for the curator to settle). Dates, ordinals, references and
 * contacts need no entry: the pipeline accounts for them by kind. The build refuses the draft until every "todo"
 * indicator is replaced.
 */
export function draftAnnotation(documentId: string, jurisdiction: string, text: string, year: string): AnnotationFile {
  const source = compact(text);
  const observations = extractMentions(text)
    .filter((m) => STATISTIC_KINDS.includes(m.kind) && m.value !== null)
    .map((m, i) => ({
      id: `${documentId}-${String(i + 1).padStart(3, '0')}`,
      indicator: TODO.toLowerCase(),
      jurisdiction,
      period_start: `${year}-01-01`,
      period_end: `${year}-12-31`,
      quote: uniqueQuote(source, m.start, m.end),
      mention: m.text,
      value: m.value!,
      qualifier: m.qualifier,
      note_zh: `${TODO}: 选择指标与统计期；若不是统计数字，移至 not_statistics 并说明理由`,
      note_en: `${TODO}: choose the indicator and period; if this is not a statistic, move it to not_statistics with a reason`,
    }));
  return { document: documentId, observations, tasks: [], assessments: [], not_statistics: [], task_links: [] };
}

/** A manifest entry and annotation file drafted for a new document, and what is left for the curator. */
export interface DocumentDraft {
  entry: Record<string, unknown>;
  annotation: AnnotationFile;
  kinds: Record<string, number>;
  todo: string[];
}

const DOC_NUMBER = /[\u4e00-\u9fa5]{1,12}〔\d{4}〕\d+号/u;
const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu;

/** Draft a new document from its bytes: what the text states is filled in, the rest marked TODO. */
export function draftDocument(input: {
  id: string;
  file: string;
  bytes: Uint8Array;
  jurisdiction?: string;
  existing: { id: string; file: string }[];
}): DocumentDraft {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(input.id))
    throw new Error(`id "${input.id}" must be lower-case kebab-case, e.g. weifang-2024-plan`);
  if (input.existing.some((e) => e.id === input.id))
    throw new Error(`id "${input.id}" is already in data/sources/manifest.json: choose another`);
  if (input.existing.some((e) => e.file === input.file))
    throw new Error(`file ${input.file} is already in data/sources/manifest.json`);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(input.bytes);
  const dates = [...text.matchAll(DATE)];
  const last = dates.at(-1);
  const date = last ? `${last[1]}-${last[2]!.padStart(2, '0')}-${last[3]!.padStart(2, '0')}` : null;
  const docNumber = DOC_NUMBER.exec(text)?.[0] ?? null;
  const jurisdiction = input.jurisdiction ?? TODO;
  const entry = {
    id: input.id,
    file: input.file,
    sha256: sha256(input.bytes),
    doc_number: docNumber ?? TODO,
    title_zh: TODO,
    title_en: TODO,
    issuer_zh: TODO,
    issuer_en: TODO,
    jurisdiction,
    level: TODO,
    kind: TODO,
    date_issued: date,
    date_quote: last ? last[0] : null,
    period_start: null,
    period_end: null,
    period_note_zh: null,
    period_note_en: null,
  };
  const kinds: Record<string, number> = {};
  for (const m of extractMentions(text)) kinds[m.kind] = (kinds[m.kind] ?? 0) + 1;
  const todo = Object.entries(entry)
    .filter(([, v]) => v === TODO)
    .map(([k]) => k);
  if (!date) todo.push('date_issued (none found in the text: leave null if the text states none)');
  return {
    entry,
    annotation: draftAnnotation(input.id, jurisdiction, text, (date ?? '2000').slice(0, 4)),
    kinds,
    todo,
  };
}
