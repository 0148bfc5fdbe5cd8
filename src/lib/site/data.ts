// The datasets as the pages read them: loaded once from the content collections, with the lookups pages share.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection } from 'astro:content';
import {
  DATASETS,
  Figures,
  isPlan,
  Release,
  type Datasets,
  type DocumentKindRow,
  type DocumentRow,
  type IndicatorRow,
  type JurisdictionRow,
  type MentionRow,
  type ObservationRow,
} from '../../schemas/index.ts';
import { dataDir, inputs, published as files } from '../paths.ts';

export interface SiteData extends Datasets {
  documentById: Map<string, DocumentRow>;
  indicatorById: Map<string, IndicatorRow>;
  observationById: Map<string, ObservationRow>;
  /** The latest document (what the figures are as of) and the data release (when the collection last changed). */
  release: Release;
  /** Which figures are derived, form a funnel or head the overview (data/figures.json, as the build checked it). */
  figures: Figures;
  /** The latest observation of each indicator in each place, as the latest_observations view chose it, by indicator. */
  latestByIndicator: Map<string, ObservationRow[]>;
  jurisdictionById: Map<string, JurisdictionRow>;
  kindById: Map<string, DocumentKindRow>;
  /** Documents that carry tasks of their own (they get a plan page). */
  plans: DocumentRow[];
  /** Indicators with at least one observation, in dataset order. */
  observedIndicators: IndicatorRow[];
  mentionsByDocument: Map<string, MentionRow[]>;
}

async function rows<N extends keyof Datasets>(name: N): Promise<Datasets[N]> {
  const entries = await getCollection(name);
  return entries.map((e: { data: unknown }) => e.data) as Datasets[N];
}

function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

let cache: Promise<SiteData> | undefined;

/** All datasets with their lookups; loaded once per build. */
export function siteData(): Promise<SiteData> {
  cache ??= load();
  return cache;
}

async function load(): Promise<SiteData> {
  const loaded = await Promise.all(DATASETS.map(async ({ name }) => [name, await rows(name)] as const));
  const datasets = Object.fromEntries(loaded) as unknown as Datasets;
  const { documents, document_kinds, indicators, jurisdictions, mentions, observations } = datasets;
  if (!documents.length) throw new Error('no documents loaded: the data build produced nothing to publish');
  const observed = new Set(observations.map((o) => o.indicator_id));
  const observationById = new Map(observations.map((o) => [o.id, o]));
  return {
    ...datasets,
    documentById: new Map(documents.map((d) => [d.id, d])),
    indicatorById: new Map(indicators.map((i) => [i.id, i])),
    observationById,
    release: published(files.release, Release),
    figures: published(files.figures, Figures),
    latestByIndicator: group(
      datasets.latest_observations.map((l) => observationById.get(l.observation_id)!),
      (o) => o.indicator_id,
    ),
    jurisdictionById: new Map(jurisdictions.map((j) => [j.id, j])),
    kindById: new Map(document_kinds.map((k) => [k.id, k])),
    plans: documents.filter((d) => isPlan(document_kinds, d.kind)),
    observedIndicators: indicators.filter((i) => observed.has(i.id)),
    mentionsByDocument: group(mentions, (m) => m.document_id),
  };
}

export { group };

/** The full text of a source document, checked against the length the data build measured. */
export function sourceText(doc: DocumentRow): string {
  // Decoded exactly as the pipeline decodes it, so quote and mention offsets (UTF-16) line up.
  const text = new TextDecoder('utf-8').decode(readFileSync(resolve(process.cwd(), inputs.source(doc.file))));
  if (text.length !== doc.chars)
    throw new Error(
      `${inputs.source(doc.file)} has ${text.length} characters; documents.json says ${doc.chars}: rebuild the data`,
    );
  return text;
}

/** A JSON file the data build published beside the datasets, parsed with its schema. */
function published<T>(name: string, schema: { parse(raw: unknown): T }): T {
  const path = resolve(process.cwd(), dataDir(), name);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build:data\` before \`astro build\``);
  return schema.parse(JSON.parse(readFileSync(path, 'utf8')));
}
