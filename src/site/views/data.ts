// The downloads page and the changelog: each dataset with its files, citation and rows; each change with its documents.
import { citation } from '../../pipeline/publish/citation.ts';
import { DATASETS, type ChangeRow, type DatasetName, type DocumentRow } from '../../schemas/index.ts';
import type { SiteData } from '../data/data.ts';
import { dataFileBytes, datasetFiles, type DatasetFiles } from '../data/downloads.ts';
import { published } from '../../shared/files.ts';
import { perData } from '../data/memo.ts';

export interface DatasetView {
  spec: (typeof DATASETS)[number];
  name: DatasetName;
  rows: Record<string, unknown>[];
  files: DatasetFiles;
  cite: { zh: string; en: string };
}

export interface DataView {
  /** When the published data last changed: the data release, as the data build named it. */
  changed: string;
  datasets: DatasetView[];
  /** Sizes of the whole-collection zip and of datapackage.json, in bytes. */
  zipBytes: number;
  packageBytes: number;
}

export const dataView = perData((data: SiteData): DataView => ({
  changed: data.release.data_release,
  datasets: DATASETS.map((spec) => ({
    spec,
    name: spec.name,
    rows: data[spec.name] as Record<string, unknown>[],
    files: datasetFiles(data.files, spec.name),
    cite: citation(spec.name, data, data.release),
  })),
  zipBytes: dataFileBytes(data.files, published.zip),
  packageBytes: dataFileBytes(data.files, published.datapackage),
}));

export interface ChangeView {
  change: ChangeRow;
  documents: DocumentRow[];
}

/** Every change, newest first (the feed links each entry to its anchor), with the documents it names. */
export const changesView = perData((data: SiteData): ChangeView[] =>
  [...data.changes]
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .map((change) => ({
      change,
      documents: change.document_ids
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => {
          const doc = data.documentById.get(id);
          if (!doc) throw new Error(`change ${change.id} names unknown document ${id}`);
          return doc;
        }),
    })),
);
