// The datasets as the pages read them, with the lookups pages share. Pure: src/lib/site/load.ts reads the content
// collections and calls indexDatasets once per build; tests call it on datasets the pipeline builds in memory.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { group } from 'd3';
import type { Datasets, DocumentRow, IndicatorRow, MentionRow } from '../../schemas/index.ts';
import { inputs } from '../paths.ts';

/** Documents that carry tasks of their own (they get a plan page). */
export const PLAN_KINDS: readonly DocumentRow['kind'][] = ['implementation_plan', 'work_points'];

export interface SiteData extends Datasets {
  /** Each task's latest assessment (its status now), for charts and counts; `assessments` holds every dated one. */
  latestAssessments: Datasets['assessments'];
  documentById: Map<string, DocumentRow>;
  indicatorById: Map<string, IndicatorRow>;
  plans: DocumentRow[];
  /** Indicators with at least one observation, in dataset order. */
  observedIndicators: IndicatorRow[];
  mentionsByDocument: Map<string, MentionRow[]>;
}

/** The datasets with their lookups; fails when there is nothing to publish. */
export function indexDatasets(datasets: Datasets): SiteData {
  const { documents, indicators, observations, mentions } = datasets;
  if (!documents.length) throw new Error('no documents loaded: the data build produced nothing to publish');
  const observed = new Set(observations.map((o) => o.indicator_id));
  return {
    ...datasets,
    latestAssessments: datasets.assessments.filter((a) => a.latest),
    documentById: new Map(documents.map((d) => [d.id, d])),
    indicatorById: new Map(indicators.map((i) => [i.id, i])),
    plans: documents.filter((d) => PLAN_KINDS.includes(d.kind)),
    observedIndicators: indicators.filter((i) => observed.has(i.id)),
    mentionsByDocument: group(mentions, (m) => m.document_id),
  };
}

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
