// Jurisdictions and document kinds are data (data/jurisdictions.json, data/document-kinds.json): a document from a
// new city or of a new genre needs an entry there, never a code change. Both are checked here, and every manifest
// entry against them.
import {
  DocumentKinds,
  Jurisdictions,
  type DocumentKindRow,
  type JurisdictionLevel,
  type JurisdictionRow,
  type ManifestEntry,
} from '../../schemas/index.ts';
import { inputs } from '../../shared/files.ts';
import { DataError, entryName } from '../../shared/errors.ts';
import { readJson } from '../../shared/json-input.ts';
import type { Reader } from '../../shared/reader.ts';

const RANK: Record<JurisdictionLevel, number> = { national: 0, provincial: 1, prefecture: 2, county: 3 };

/** The jurisdictions, checked: unique ids and codes, known parents at a higher level, no cycle. */
export function loadJurisdictions(reader: Reader): Map<string, JurisdictionRow> {
  const file = inputs.jurisdictions;
  const list = readJson(reader, file, Jurisdictions);
  const byId = new Map<string, JurisdictionRow>();
  const byCode = new Map<string, string>();
  list.forEach((j, i) => {
    const entry = entryName('', i, j.id);
    if (byId.has(j.id))
      throw new DataError(file, entry, `duplicate jurisdiction id "${j.id}"`, 'give each jurisdiction its own id');
    const sameCode = byCode.get(j.code);
    if (sameCode)
      throw new DataError(
        file,
        entry,
        `code ${j.code} is also the code of "${sameCode}"`,
        'use the GB/T 2260 code of this place (each division has its own)',
      );
    byId.set(j.id, j);
    byCode.set(j.code, j.id);
  });
  list.forEach((j, i) => {
    const entry = entryName('', i, j.id);
    if (j.parent === null) return;
    const parent = byId.get(j.parent);
    if (!parent)
      throw new DataError(
        file,
        entry,
        `parent "${j.parent}" is not a jurisdiction in this file`,
        'use the id of the enclosing place (add it first if it is missing), or null for a place at the top',
      );
    const seen = [j.id];
    for (let at: JurisdictionRow | undefined = parent; at; at = at.parent ? byId.get(at.parent) : undefined) {
      if (seen.includes(at.id))
        throw new DataError(
          file,
          entry,
          `parents form a cycle (${[...seen, at.id].join(' → ')})`,
          'make each parent a larger place, ending at one with parent null',
        );
      seen.push(at.id);
    }
    if (RANK[parent.level] >= RANK[j.level])
      throw new DataError(
        file,
        entry,
        `parent "${parent.id}" is ${parent.level}, not above this ${j.level} entry`,
        'name as parent the place that encloses this one, or correct the levels',
      );
  });
  return byId;
}

/** The document kinds, checked for unique ids. */
export function loadDocumentKinds(reader: Reader): DocumentKindRow[] {
  const file = inputs.documentKinds;
  const list = readJson(reader, file, DocumentKinds);
  const ids = new Set<string>();
  list.forEach((k, i) => {
    if (ids.has(k.id))
      throw new DataError(
        file,
        entryName('', i, k.id),
        `duplicate document kind "${k.id}"`,
        'give each kind its own id',
      );
    ids.add(k.id);
  });
  return list;
}

/** Every manifest entry names a known jurisdiction and a known kind. */
export function checkManifestPlaces(
  entries: readonly ManifestEntry[],
  jurisdictions: ReadonlyMap<string, JurisdictionRow>,
  kinds: readonly DocumentKindRow[],
): void {
  entries.forEach((e, i) => {
    const entry = entryName('', i, e.id);
    if (!jurisdictions.has(e.jurisdiction))
      throw new DataError(
        inputs.manifest,
        entry,
        `unknown jurisdiction "${e.jurisdiction}"`,
        `use an id from ${inputs.jurisdictions}, or add the place there (name, level, parent, GB/T 2260 code)`,
      );
    if (!kinds.some((k) => k.id === e.kind))
      throw new DataError(
        inputs.manifest,
        entry,
        `unknown document kind "${e.kind}"`,
        `use an id from ${inputs.documentKinds} (${kinds.map((k) => k.id).join(', ')}), or add the kind there`,
      );
  });
}

/** Whether `outer` is `inner` or encloses it, by the parents of data/jurisdictions.json (checked free of cycles). */
export function encloses(jurisdictions: ReadonlyMap<string, JurisdictionRow>, outer: string, inner: string): boolean {
  for (let at = jurisdictions.get(inner); at; at = at.parent === null ? undefined : jurisdictions.get(at.parent))
    if (at.id === outer) return true;
  return false;
}
