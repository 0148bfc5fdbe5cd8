// The datasets loaded once per build from the content collections (src/content.config.ts), which parse every row
// with the pipeline's own schemas.
import { getCollection } from 'astro:content';
import type { Datasets } from '../../schemas/index.ts';
import { indexDatasets, type SiteData } from './data.ts';

async function rows<N extends keyof Datasets>(name: N): Promise<Datasets[N]> {
  const entries = await getCollection(name);
  return entries.map((e: { data: unknown }) => e.data) as Datasets[N];
}

let cache: Promise<SiteData> | undefined;

/** All datasets with their lookups; loaded once per build. Pages call it; components take what they need as props. */
export function siteData(): Promise<SiteData> {
  cache ??= load();
  return cache;
}

async function load(): Promise<SiteData> {
  const [documents, indicators, observations, tasks, targets, assessments, evidence, derived, mentions, changes] =
    await Promise.all([
      rows('documents'),
      rows('indicators'),
      rows('observations'),
      rows('tasks'),
      rows('targets'),
      rows('assessments'),
      rows('evidence'),
      rows('derived'),
      rows('mentions'),
      rows('changes'),
    ]);
  return indexDatasets({
    documents,
    indicators,
    observations,
    tasks,
    targets,
    assessments,
    evidence,
    derived,
    mentions,
    changes,
  });
}
