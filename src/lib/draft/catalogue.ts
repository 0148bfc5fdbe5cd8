// Jurisdictions and document kinds, read from the data files that declare them, for the draft's door checks and for
// "the same or an enclosing jurisdiction" when suggesting evidence.
import type { Reader } from '../pipeline/reader.ts';

export const JURISDICTIONS_FILE = 'data/jurisdictions.json';
export const KINDS_FILE = 'data/document-kinds.json';

export interface JurisdictionEntry {
  id: string;
  name_zh: string;
  name_en: string;
  level: string;
  parent: string | null;
  code: string;
}

export interface KindEntry {
  id: string;
  name_zh: string;
  name_en: string;
  is_plan: boolean;
}

export interface Catalogue {
  jurisdictions: Map<string, JurisdictionEntry>;
  kinds: Map<string, KindEntry>;
}

function readList<T extends { id: string }>(reader: Reader, path: string): Map<string, T> {
  const bytes = reader.bytes(path);
  if (!bytes) throw new Error(`${path} is missing: restore it from git`);
  const list = JSON.parse(new TextDecoder().decode(bytes)) as T[];
  return new Map(list.map((e) => [e.id, e]));
}

export function loadCatalogue(reader: Reader): Catalogue {
  return { jurisdictions: readList(reader, JURISDICTIONS_FILE), kinds: readList(reader, KINDS_FILE) };
}

/** The jurisdiction and every one enclosing it, nearest first. */
export function enclosing(catalogue: Catalogue, id: string): string[] {
  const chain: string[] = [];
  for (let at: string | null = id; at && !chain.includes(at); at = catalogue.jurisdictions.get(at)?.parent ?? null)
    chain.push(at);
  return chain;
}

/** Whether a document of `reporter` can report on a task set in `planPlace`: the same place or one enclosing it. */
export function canReportOn(catalogue: Catalogue, reporter: string, planPlace: string): boolean {
  return enclosing(catalogue, planPlace).includes(reporter);
}
