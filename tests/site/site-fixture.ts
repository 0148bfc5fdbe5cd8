// The site's data as the pages see it, built in memory from data/ by the pipeline itself (no dist/ needed).
import { resolve } from 'node:path';
import { buildData } from '../../src/pipeline/pipeline.ts';
import { diskReader } from '../../src/shared/reader.ts';
import { release } from '../../src/pipeline/derive/release.ts';
import { indexDatasets, type SiteData } from '../../src/site/data/data.ts';
import type { Datasets } from '../../src/schemas/index.ts';

const root = resolve(import.meta.dirname, '../..');
const { datasets, figures, files, texts } = buildData(diskReader(root));

/** The real collection, indexed; one object, so the views' per-build caches apply. */
export const DATA: SiteData = indexDatasets(datasets, { release: release(datasets), figures, files, texts });

/** A fresh copy with some datasets replaced, for the failure cases (the views cache per SiteData object). */
export function dataWith(changes: Partial<Datasets>): SiteData {
  const next = { ...datasets, ...changes };
  return indexDatasets(next, { release: release(next), figures, files, texts });
}
