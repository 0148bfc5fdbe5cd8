// The datasets loaded once per build from the content collections (src/content.config.ts), which parse every row
// with the pipeline's own schemas.
import { getCollection } from 'astro:content';
import { DATASETS, type DatasetName, type Datasets } from '../../schemas/index.ts';
import { indexDatasets, type SiteData } from './data.ts';

async function rows(name: DatasetName): Promise<unknown[]> {
  const entries = await getCollection(name);
  return entries.map((e: { data: unknown }) => e.data);
}

let cache: Promise<SiteData> | undefined;

/** All datasets with their lookups; loaded once per build. Pages call it; components take what they need as props. */
export function siteData(): Promise<SiteData> {
  cache ??= load();
  return cache;
}

async function load(): Promise<SiteData> {
  const loaded = await Promise.all(DATASETS.map(async (d) => [d.name, await rows(d.name)] as const));
  return indexDatasets(Object.fromEntries(loaded) as unknown as Datasets);
}
