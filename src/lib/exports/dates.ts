// The two dates a reader needs, each where it belongs: "figures as of" is the newest document's date (how recent
// the numbers are); a citation of a dataset or chart names the data release (when the published data last changed).
// One small function each, so the pipeline's own named dates can replace them in one place.
import { dataDate } from '../pipeline/citation.ts';
import type { SiteData } from '../site/data.ts';
import { latestDocumentDate as newestIssued } from '../site/data.ts';

/** The newest date_issued of any document: how recent the figures are. */
export function latestDocumentDate(data: Pick<SiteData, 'documents'>): string {
  return newestIssued(data.documents);
}

/** The newest changelog entry: the date the published data last changed. */
export function dataReleaseDate(data: Pick<SiteData, 'changes'>): string {
  return dataDate(data);
}
