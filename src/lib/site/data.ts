// The datasets as the pages read them: loaded once from the content collections, with the lookups pages share.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection } from 'astro:content';
import type { Datasets, DocumentRow, IndicatorRow, MentionRow } from '../../schemas/index.ts';
import { inputs } from '../paths.ts';

/** Documents that carry tasks of their own (they get a plan page). */
export const PLAN_KINDS: readonly DocumentRow['kind'][] = ['implementation_plan', 'work_points'];

export interface SiteData extends Datasets {
  documentById: Map<string, DocumentRow>;
  indicatorById: Map<string, IndicatorRow>;
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
  if (!documents.length) throw new Error('no documents loaded: the data build produced nothing to publish');
  const observed = new Set(observations.map((o) => o.indicator_id));
  return {
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
    documentById: new Map(documents.map((d) => [d.id, d])),
    indicatorById: new Map(indicators.map((i) => [i.id, i])),
    plans: documents.filter((d) => PLAN_KINDS.includes(d.kind)),
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

/** Latest date any document in the data carries: the "data as of" date (the build stamps no date of its own). */
export function latestDocumentDate(documents: readonly DocumentRow[]): string {
  const dates = documents
    .map((d) => d.date_issued)
    .filter((d): d is string => d !== null)
    .sort();
  const last = dates.at(-1);
  if (!last) throw new Error('no document states its date: cannot say how recent the data is');
  return last;
}
