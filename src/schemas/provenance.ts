import { z } from 'zod';
import { field } from './describe.ts';
import { docNumberField, Id } from './vocab.ts';

/** Where a row comes from: a verbatim quote and its place in the source text. Spread into every quoting row. */
export const provenance = {
  document_id: field(Id, '来源文档标识', 'Id of the source document'),
  doc_number: docNumberField(z.string(), '来源文号', 'Document number of the source'),
  quote: field(z.string(), '原文引文', 'Verbatim quote from the source'),
  quote_start: field(
    z.number().int().nonnegative(),
    '引文在原文中的起始位置（字符）',
    'Character offset where the quote starts in the source',
  ),
  quote_end: field(
    z.number().int().nonnegative(),
    '引文在原文中的结束位置（字符）',
    'Character offset where the quote ends in the source',
  ),
};
