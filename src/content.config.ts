// Every published dataset becomes a collection, parsed with the pipeline's own zod schemas, so the site cannot
// load a row the pipeline would reject.
import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { DATASETS, type DatasetName } from './schemas/index.ts';
import { dataDir, published, READ_DIRECT } from './shared/files.ts';

const DATA_DIR = dataDir();

function dataset(name: DatasetName) {
  const path = `${DATA_DIR}/${published.dataset(name, 'json')}`;
  // Astro's file() loader only logs a missing file; an empty site would publish silence as data.
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build:data\` before \`astro build\``);
  const spec = DATASETS.find((d) => d.name === name)!;
  return defineCollection({ loader: file(path), schema: spec.schema });
}

const direct: readonly string[] = READ_DIRECT;

/** One collection per published dataset, named as the dataset, but those the site reads directly (READ_DIRECT). */
export const collections = Object.fromEntries(
  DATASETS.filter((d) => !direct.includes(d.name)).map((d) => [d.name, dataset(d.name)]),
) as Record<DatasetName, ReturnType<typeof dataset>>;
