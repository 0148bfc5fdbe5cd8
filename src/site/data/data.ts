// The datasets as the pages read them, with the lookups pages share. Pure: src/site/data/load.ts runs the pipeline
// in memory and calls indexDatasets once per build; tests call it on what the pipeline builds for them.
import { group } from 'd3';
import {
  isPlan,
  type Datasets,
  type DocumentKindRow,
  type DocumentRow,
  type Figures,
  type IndicatorRow,
  type JurisdictionRow,
  type MentionRow,
  type ObservationRow,
  type Release,
} from '../../schemas/index.ts';

export interface SiteData extends Datasets {
  /** Each task's latest assessment (its status now), for charts and counts; `assessments` holds every dated one. */
  latestAssessments: Datasets['assessments'];
  documentById: Map<string, DocumentRow>;
  indicatorById: Map<string, IndicatorRow>;
  observationById: Map<string, ObservationRow>;
  /** The latest document (what the figures are as of) and the data release (when the collection last changed). */
  release: Release;
  /** Which figures are derived, form a funnel or head the overview (data/figures.json, as the build checked it). */
  figures: Figures;
  /** The published files under /data/ (path → content), for the /data/ endpoint and the download page. */
  files: ReadonlyMap<string, string | Uint8Array>;
  /** Each document's text as the pipeline decoded it (mention and quote offsets index into it), by document id. */
  texts: ReadonlyMap<string, string>;
  /** The latest observation of each indicator in each place, as the latest_observations view chose it, by indicator. */
  latestByIndicator: Map<string, ObservationRow[]>;
  jurisdictionById: Map<string, JurisdictionRow>;
  kindById: Map<string, DocumentKindRow>;
  /** Documents that carry tasks of their own (they get a plan page). */
  plans: DocumentRow[];
  /**
   * Plans with at least one task curated: they get a briefing and a preview image, and a card on the overview. A plan
   * not yet curated has its plan page only, which says so.
   */
  curatedPlans: DocumentRow[];
  /** Indicators with at least one observation, in dataset order. */
  observedIndicators: IndicatorRow[];
  mentionsByDocument: Map<string, MentionRow[]>;
}

/** What the pipeline made beside the datasets: the two named dates, the declared figures and the files under /data/. */
export interface Published {
  release: Release;
  figures: Figures;
  /** Path under /data/ → content, as the /data/ endpoint serves it. */
  files: ReadonlyMap<string, string | Uint8Array>;
  /** Each document's text as the pipeline decoded it, by document id. */
  texts: ReadonlyMap<string, string>;
}

/** The datasets with their lookups; fails when there is nothing to publish. */
export function indexDatasets(datasets: Datasets, { release, figures, files, texts }: Published): SiteData {
  const { documents, document_kinds, indicators, jurisdictions, mentions, observations } = datasets;
  if (!documents.length) throw new Error('no documents loaded: the data build produced nothing to publish');
  const observed = new Set(observations.map((o) => o.indicator_id));
  const observationById = new Map(observations.map((o) => [o.id, o]));
  const plans = documents.filter((d) => isPlan(document_kinds, d.kind));
  const withTasks = new Set(datasets.tasks.map((t) => t.document_id));
  return {
    ...datasets,
    latestAssessments: datasets.assessments.filter((a) => a.latest),
    documentById: new Map(documents.map((d) => [d.id, d])),
    indicatorById: new Map(indicators.map((i) => [i.id, i])),
    observationById,
    release,
    figures,
    files,
    texts,
    latestByIndicator: group(
      datasets.latest_observations.map((l) => {
        const o = observationById.get(l.observation_id);
        if (!o)
          throw new Error(
            `latest_observations ${l.id} names unknown observation ${l.observation_id}: rebuild the data`,
          );
        return o;
      }),
      (o) => o.indicator_id,
    ),
    jurisdictionById: new Map(jurisdictions.map((j) => [j.id, j])),
    kindById: new Map(document_kinds.map((k) => [k.id, k])),
    plans,
    curatedPlans: plans.filter((p) => withTasks.has(p.id)),
    observedIndicators: indicators.filter((i) => observed.has(i.id)),
    mentionsByDocument: group(mentions, (m) => m.document_id),
  };
}

/** The full text of a source document, as the pipeline read it. */
export function sourceText(data: Pick<SiteData, 'texts'>, doc: DocumentRow): string {
  const text = data.texts.get(doc.id);
  if (text === undefined) throw new Error(`no text for document ${doc.id}: the pipeline read none`);
  return text;
}
