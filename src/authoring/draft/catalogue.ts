// Jurisdictions and document kinds, read from the data files that declare them, for the draft's door checks and for
// "the same or an enclosing jurisdiction" when suggesting evidence.
import type { DocumentKindRow, JurisdictionRow } from '../../schemas/index.ts';
import { loadDocumentKinds, loadJurisdictions } from '../../pipeline/sources/places.ts';
import type { Reader } from '../../shared/reader.ts';

export interface Catalogue {
  jurisdictions: Map<string, JurisdictionRow>;
  kinds: Map<string, DocumentKindRow>;
}

/** Read and checked by the data build's own loaders, so the draft accepts exactly the places the build accepts. */
export function loadCatalogue(reader: Reader): Catalogue {
  return {
    jurisdictions: loadJurisdictions(reader),
    kinds: new Map(loadDocumentKinds(reader).map((k) => [k.id, k])),
  };
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
