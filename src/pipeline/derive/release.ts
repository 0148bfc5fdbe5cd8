// The two named dates, computed once: every page, citation and README reads them from here (release.json).
import type { Datasets, ManifestEntry, Release } from '../../schemas/index.ts';
import { inputs } from '../../shared/files.ts';
import { DataError } from '../../shared/errors.ts';

/** The latest document: the newest date of issue (on a tie, the greater id); undated documents do not count. */
export function latestDocument(documents: readonly ManifestEntry[]): Release['latest_document'] {
  const dated = documents
    .filter((d) => d.date_issued !== null)
    .sort((a, b) => a.date_issued!.localeCompare(b.date_issued!) || a.id.localeCompare(b.id));
  const latest = dated.at(-1);
  if (!latest)
    throw new DataError(
      inputs.manifest,
      '',
      'no document states its date of issue, so the site cannot say what its figures are as of',
      'record date_issued (with its date_quote) for at least one document',
    );
  return { id: latest.id, doc_number: latest.doc_number, date: latest.date_issued! };
}

/** The latest document, and the data release: the newest changelog entry. */
export function release(datasets: Pick<Datasets, 'documents' | 'changes'>): Release {
  const dataRelease = datasets.changes
    .map((c) => c.date)
    .sort()
    .at(-1)!;
  return {
    latest_document: latestDocument(datasets.documents),
    data_release: dataRelease,
    version: dataRelease.replaceAll('-', '.'),
  };
}
