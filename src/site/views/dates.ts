// The two dates a reader needs, each named for what it means, as the data build published them (release.json): the
// newest document in the collection (what the figures and statuses are as of) and the data release (when the
// collection last changed, the newest changelog entry; deadlines are judged against it, since on that day nothing
// later had been collected).
import type { DocumentRow } from '../../schemas/index.ts';
import type { SiteData } from '../data/data.ts';
import { perData } from '../data/memo.ts';

export interface CollectionDates {
  /** The newest document by date of issue. */
  latestDocument: DocumentRow;
  /** Its date of issue: what the figures are as of. */
  latestDocumentDate: string;
  /** The data release: the newest changelog entry, the day deadlines are judged against. */
  release: string;
}

export const collectionDates = perData((data: SiteData): CollectionDates => {
  const { latest_document, data_release } = data.release;
  const latestDocument = data.documentById.get(latest_document.id);
  if (!latestDocument) throw new Error(`release.json names unknown document ${latest_document.id}: rebuild the data`);
  return { latestDocument, latestDocumentDate: latest_document.date, release: data_release };
});
