// The datasets loaded once per build from the content collections (src/content.config.ts), which parse every row
// with the pipeline's own schemas, and the release and figures files the data build published beside them.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection } from 'astro:content';
import { DATASETS, Figures, Release, type DatasetName, type Datasets } from '../../schemas/index.ts';
import { dataDir, published as files, READ_DIRECT } from '../../shared/files.ts';
import { indexDatasets, type SiteData } from './data.ts';

const direct: readonly string[] = READ_DIRECT;

async function rows(name: DatasetName): Promise<unknown[]> {
  if (direct.includes(name)) return directRows(name);
  const entries = await getCollection(name as Exclude<DatasetName, (typeof READ_DIRECT)[number]>);
  return entries.map((e: { data: unknown }) => e.data);
}

/** A dataset read from its JSON file, each row parsed with the dataset's schema as a collection's would be. */
function directRows(name: DatasetName): unknown[] {
  const { schema } = DATASETS.find((d) => d.name === name)!;
  const raw: unknown = published(files.dataset(name, 'json'), { parse: (x: unknown) => x });
  if (!Array.isArray(raw)) throw new Error(`${files.dataset(name, 'json')} is not a list of rows: rebuild the data`);
  return raw.map((row: unknown, i) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success)
      throw new Error(
        `${files.dataset(name, 'json')} row ${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}: rebuild the data`,
      );
    return parsed.data;
  });
}

/** A JSON file the data build published beside the datasets, parsed with its schema. */
function published<T>(name: string, schema: { parse(raw: unknown): T }): T {
  const path = resolve(process.cwd(), dataDir(), name);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build:data\` before \`astro build\``);
  return schema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

let cache: Promise<SiteData> | undefined;

/** All datasets with their lookups; loaded once per build. Pages call it; components take what they need as props. */
export function siteData(): Promise<SiteData> {
  cache ??= load();
  return cache;
}

async function load(): Promise<SiteData> {
  const loaded = await Promise.all(DATASETS.map(async (d) => [d.name, await rows(d.name)] as const));
  return indexDatasets(Object.fromEntries(loaded) as unknown as Datasets, {
    release: published(files.release, Release),
    figures: published(files.figures, Figures),
  });
}
