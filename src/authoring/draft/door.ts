// Checks at the door of `npm run draft`: what the data build would later refuse is refused here, with the fix.
import { basename, extname } from 'node:path';
import type { Catalogue } from './catalogue.ts';

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/u;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** A file name the build accepts, derived from a given one: ASCII letters, digits, dot, dash and underscore. */
export function safeName(file: string): string {
  const stem = basename(file, extname(file))
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/gu, '-')
    .replace(/^[-.]+|-+$/gu, '');
  return `${stem || 'document'}.txt`;
}

export interface DoorInput {
  file: string;
  id: string;
  jurisdiction: string | undefined;
  kind: string | undefined;
  existing: { id: string; file: string }[];
  forget?: string;
}

/** The first problem with the input, as one line naming it and the fix; null when the draft may go ahead. */
export function doorProblem(input: DoorInput, catalogue: Catalogue): string | null {
  const ext = extname(input.file).toLowerCase();
  if (ext === '.html' || ext === '.htm')
    return `${input.file} is an HTML page: save the document's text as a UTF-8 .txt file (copy the text from the page, or run it through a text converter) and draft that`;
  if (ext !== '.txt') return `${input.file} is not a .txt file: save the document's text as UTF-8 .txt and draft that`;
  const name = basename(input.file);
  if (!SAFE_NAME.test(name))
    return `file name "${name}" has characters the build does not accept (spaces, quotes or non-ASCII): rename it, e.g. to ${safeName(name)}`;
  if (!ID.test(input.id)) return `id "${input.id}" must be lower-case kebab-case, e.g. weifang-2024-plan`;
  if (input.id !== input.forget && input.existing.some((e) => e.id === input.id))
    return `id "${input.id}" is already in data/sources/manifest.json: choose another`;
  if (!input.forget && input.existing.some((e) => e.file === name))
    return `file ${name} is already in data/sources/manifest.json: give the new document another file name`;
  if (!input.jurisdiction)
    return `--jurisdiction is missing: use one of ${[...catalogue.jurisdictions.keys()].join(', ')}`;
  if (!catalogue.jurisdictions.has(input.jurisdiction))
    return `jurisdiction "${input.jurisdiction}" is not in data/jurisdictions.json: use one of ${[...catalogue.jurisdictions.keys()].join(', ')}, or add it there (id, name_zh, name_en, level, parent, code)`;
  if (input.kind !== undefined && !catalogue.kinds.has(input.kind))
    return `kind "${input.kind}" is not in data/document-kinds.json: use one of ${[...catalogue.kinds.keys()].join(', ')}, or add it there (id, name_zh, name_en, is_plan)`;
  return null;
}
