// The two dates a reader needs, each named for what it means: the newest document in the collection (what the
// figures and statuses are as of) and the data release (when the collection last changed, the newest changelog
// entry; deadlines are judged against it, since on that day nothing later had been collected).
import type { DocumentRow } from '../../../schemas/index.ts';
import { dataDate } from '../../pipeline/citation.ts';
import { latestDocumentDate, type SiteData } from '../data.ts';
import { perData } from './memo.ts';

export interface CollectionDates {
  /** The newest document by date of issue (the first of several issued that day, in dataset order). */
  latestDocument: DocumentRow;
  /** Its date of issue: what the figures are as of. */
  latestDocumentDate: string;
  /** The newest changelog entry: when the collection last changed, the day deadlines are judged against. */
  release: string;
}

export const collectionDates = perData((data: SiteData): CollectionDates => {
  const latest = latestDocumentDate(data.documents);
  return {
    latestDocument: data.documents.find((d) => d.date_issued === latest)!,
    latestDocumentDate: latest,
    release: dataDate(data),
  };
});
