import { group } from 'd3';
import {
  DATASETS,
  jurisdictionName,
  type DatasetName,
  type Datasets,
  type DocumentRow,
  type Figures,
} from '../schemas/index.ts';
import { checkFigures, loadFigures } from './derive/figures.ts';
import { checkManifestPlaces, loadDocumentKinds, loadJurisdictions } from './sources/places.ts';
import { loadGlossary, resolveAnnotations } from './annotate/annotations.ts';
import { inputs, published } from '../shared/files.ts';
import { atomFeed, loadChangelog } from './publish/changelog.ts';
import { zipReadme } from './publish/citation.ts';
import { latestDocument, release } from './derive/release.ts';
import { deterministicZip, sourceEntries } from './publish/zip.ts';
import { isPlan } from '../schemas/index.ts';
import { assess } from './assess/assess.ts';
import { toCsv, withBom } from '../shared/csv.ts';
import { dataPackage, type FileFacts } from './publish/datapackage.ts';
import { checkDates } from './assess/date-checks.ts';
import { derive } from './derive/derive.ts';
import { latestObservations } from './assess/latest.ts';
import { refuseUnreviewed } from './sources/unreviewed.ts';
import { DataError } from '../shared/errors.ts';
import type { Reader } from '../shared/reader.ts';
import { loadSources, sha256 } from './sources/sources.ts';
import { buildDay } from './sources/build-day.ts';
import { resolveTaskLinks } from './annotate/task-links.ts';
import { formatJson, formatJsonRows } from '../shared/json.ts';
import { MentionCache } from './annotate/mention-cache.ts';

/** How every numeric mention of one document is accounted for. */
export interface Coverage {
  document_id: string;
  mentions: number;
  observation: number;
  target: number;
  not_statistic: number;
  not_statistic_kind: number;
}

export interface BuildOutput {
  datasets: Datasets;
  figures: Figures;
  coverage: Coverage[];
  /** Output path (relative to the data directory) → file content. */
  files: Map<string, string | Uint8Array>;
  /** Each document's text as the pipeline decoded it (quote and mention offsets index into it), by document id. */
  texts: Map<string, string>;
}

/** What a build takes besides its inputs; tests pass a fixed day. */
export interface BuildOptions {
  /** The day of the build, YYYY-MM-DD: no document may be dated after it. By default today in China (build-day.ts). */
  today?: string;
  /**
   * A folder where each text's mentions are kept between builds (annotate/mention-cache.ts): the real build's
   * .cache/mentions/. Without it every text is extracted afresh, as tests, the workbench and build:data do.
   */
  mentionCache?: string;
}

type DatasetsOutput = Pick<BuildOutput, 'datasets' | 'coverage' | 'figures' | 'texts'>;

/** Stages 1-4: sources, annotations, datasets, derived metrics. Reads through `reader`; writes nothing. */
export function buildDatasets(reader: Reader, options: BuildOptions = {}): DatasetsOutput {
  return datasetsWith(reader, options, cacheOf(options));
}

/**
 * The mention cache the options ask for, if any. buildDatasets reads and fills it; only buildData, which sees the whole
 * build succeed, prunes it.
 */
function cacheOf({ mentionCache }: BuildOptions): MentionCache | undefined {
  return mentionCache === undefined ? undefined : new MentionCache(mentionCache);
}

function datasetsWith(
  reader: Reader,
  { today = buildDay() }: BuildOptions,
  cache: MentionCache | undefined,
): DatasetsOutput {
  refuseUnreviewed(reader);
  const sources = loadSources(reader, today);
  const jurisdictions = loadJurisdictions(reader);
  const kinds = loadDocumentKinds(reader);
  checkManifestPlaces(
    sources.map((s) => s.entry),
    jurisdictions,
    kinds,
  );
  const annotated = resolveAnnotations(reader, sources, { jurisdictions, kinds }, cache?.extract);
  // Only the draft reads the glossary, but a broken one stops the build like any other input.
  loadGlossary(reader);
  const figures = loadFigures(reader, new Map(annotated.indicators.map((i) => [i.id, i])), jurisdictions);
  const { assessments, evidence } = assess(annotated, latestDocument(sources.map((s) => s.entry)).date);
  checkDates(annotated, new Map(sources.map((s) => [s.entry.id, s.entry])), today);
  const latest = new Map(assessments.filter((a) => a.latest).map((a) => [a.task_id, a]));
  const tasks = annotated.tasks.map((t) => {
    const { status, as_of } = latest.get(t.id)!;
    return { ...t, status, status_as_of: as_of };
  });
  const coverage: Coverage[] = [];
  const mentions: Datasets['mentions'] = [];
  const documents: DocumentRow[] = [];
  for (const source of sources) {
    const ledger = annotated.ledgers.get(source.entry.id)!;
    const { rows, unaccounted } = ledger.rows();
    if (unaccounted.length > 0) {
      // The first twenty, then a count: a text of a million numbers must not make a message of megabytes.
      const list =
        unaccounted
          .slice(0, 20)
          .map((m) => `"${m.text}" (${m.kind}, at ${m.start})`)
          .join(', ') + (unaccounted.length > 20 ? `, and ${unaccounted.length - 20} more` : '');
      throw new DataError(
        inputs.annotation(source.entry.id),
        'not_statistics',
        `${unaccounted.length} number(s) in ${source.entry.file} are not accounted for: ${list}`,
        'use each in an observation or target, or add a not_statistics entry with a reason',
      );
    }
    for (const row of rows) mentions.push(row);
    const uses = new Map<string, number>();
    for (const r of rows) uses.set(r.use, (uses.get(r.use) ?? 0) + 1);
    const count = (use: string) => uses.get(use) ?? 0;
    coverage.push({
      document_id: source.entry.id,
      mentions: rows.length,
      observation: count('observation'),
      target: count('target'),
      not_statistic: count('not_statistic'),
      not_statistic_kind: count('not_statistic_kind'),
    });
    const place = jurisdictionName(jurisdictions, source.entry.jurisdiction);
    documents.push({
      ...source.entry,
      jurisdiction_zh: place.zh,
      jurisdiction_en: place.en,
      chars: source.text.length,
      mentions: ledger.mentions.length,
    });
  }
  const docOrder = new Map(sources.map((s, i) => [s.entry.id, i]));
  const byPlace = <T extends { document_id: string; quote_start: number; id: string }>(rows: T[]) =>
    [...rows].sort(
      (a, b) =>
        docOrder.get(a.document_id)! - docOrder.get(b.document_id)! ||
        a.quote_start - b.quote_start ||
        a.id.localeCompare(b.id),
    );
  const observations = byPlace(annotated.observations);
  const datasets: Datasets = {
    documents,
    jurisdictions: [...jurisdictions.values()],
    document_kinds: kinds,
    indicators: [...annotated.indicators].sort((a, b) => a.id.localeCompare(b.id)),
    observations,
    latest_observations: latestObservations(
      observations,
      new Map(sources.map((s) => [s.entry.id, s.entry.date_issued])),
    ),
    tasks,
    targets: annotated.targets,
    assessments,
    evidence,
    task_links: resolveTaskLinks(annotated.taskLinks, tasks, annotated.sources),
    themes: annotated.themes,
    task_themes: annotated.taskThemes,
    derived: derive(observations, annotated.targets, annotated.sources, figures),
    mentions,
    changes: loadChangelog(reader, new Set(sources.map((s) => s.entry.id))),
  };
  for (const spec of DATASETS) {
    const rows = datasets[spec.name] as unknown[];
    const ids = new Set<string>();
    rows.forEach((row, i) => {
      const parsed = spec.schema.safeParse(row);
      if (!parsed.success)
        throw new Error(
          `internal: ${spec.name}[${i}] does not match its schema: ${parsed.error.issues[0]!.message} at ${parsed.error.issues[0]!.path.join('.')}`,
        );
      const id = (row as { id: string }).id;
      if (ids.has(id)) throw new Error(`internal: duplicate id "${id}" in ${spec.name}`);
      ids.add(id);
    });
  }
  checkFigures(figures, datasets);
  return { datasets, coverage, figures, texts: new Map(sources.map((s) => [s.entry.id, s.text])) };
}

/**
 * Stage 5 files: every dataset as CSV, Excel CSV with BOM and JSON, per-indicator and per-plan CSVs,
 * datapackage.json, the changelog feed, and one zip of the datasets and source texts with a README.
 */
export function renderFiles(
  datasets: Datasets,
  figures: Figures,
  sources: Map<string, Uint8Array> = new Map(),
): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  const facts = new Map<string, FileFacts>();
  const enc = new TextEncoder();
  const put = (path: string, content: string | Uint8Array) => {
    files.set(path, content);
    const bytes = typeof content === 'string' ? enc.encode(content).length : content.length;
    facts.set(path, { bytes, sha256: sha256(content) });
  };
  const columns = (name: DatasetName) => Object.keys(DATASETS.find((d) => d.name === name)!.schema.shape);
  for (const spec of DATASETS) {
    const rows = datasets[spec.name] as Record<string, unknown>[];
    const csv = toCsv(columns(spec.name), rows);
    put(published.dataset(spec.name), csv);
    put(published.excel(spec.name), withBom(csv));
    // Row by row into bytes: the JSON of a large collection's mentions is longer than a string may be.
    put(published.dataset(spec.name, 'json'), formatJsonRows(rows));
  }
  // Rows grouped once by indicator and by document: a filter per indicator or per plan would grow with their product.
  const byIndicator = group(datasets.observations, (o) => o.indicator_id);
  for (const ind of datasets.indicators) {
    const rows = byIndicator.get(ind.id) ?? [];
    if (rows.length) put(published.indicator(ind.id), toCsv(columns('observations'), rows));
  }
  const latest = new Map(datasets.assessments.filter((a) => a.latest).map((a) => [a.task_id, a]));
  const byDocument = group(datasets.tasks, (t) => t.document_id);
  for (const doc of datasets.documents) {
    const tasks = byDocument.get(doc.id) ?? [];
    // Every plan has its CSV, which its page links to (only a header while no task is curated yet); other documents
    // have one when they hold tasks.
    if (!tasks.length && !isPlan(datasets.document_kinds, doc.kind)) continue;
    // The task columns already carry the latest status and its date; the rationale says why.
    const rows = tasks.map((t) => ({
      ...t,
      rationale_zh: latest.get(t.id)!.rationale_zh,
      rationale_en: latest.get(t.id)!.rationale_en,
    }));
    put(published.plan(doc.id), toCsv([...columns('tasks'), 'rationale_zh', 'rationale_en'], rows));
  }
  // Every slice a page links to has its Excel/WPS twin at /data/excel/<same path>: the same bytes after a byte-order
  // mark, without which Excel and WPS open Chinese text as mojibake on double-click.
  for (const path of [...files.keys()].filter((p) => p.startsWith('indicators/') || p.startsWith('plans/')))
    put(`excel/${path}`, withBom(files.get(path) as string));
  const named = release(datasets);
  put(published.release, formatJson(named));
  put(published.figures, formatJson(figures));
  put(published.datapackage, formatJson(dataPackage(facts, datasets.documents, named)));
  // The zip holds the whole datasets and the source texts; the per-indicator and per-plan CSVs are slices of them.
  const slices = new Set(
    [
      ...datasets.indicators.map((i) => published.indicator(i.id)),
      ...datasets.documents.map((d) => published.plan(d.id)),
    ].flatMap((p) => [p, `excel/${p}`]),
  );
  const zipped = new Map<string, string | Uint8Array>([...[...files].filter(([p]) => !slices.has(p)), ...sources]);
  zipped.set(published.zipReadme, zipReadme(datasets, named));
  const all = new Map<string, string | Uint8Array>(files);
  all.set(published.feed, atomFeed(datasets.changes));
  all.set(published.zip, deterministicZip(zipped, named.data_release));
  return new Map([...all.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

export function buildData(reader: Reader, options: BuildOptions = {}): BuildOutput {
  const cache = cacheOf(options);
  const { datasets, coverage, figures, texts } = datasetsWith(reader, options, cache);
  const sources = sourceEntries(datasets.documents, reader.bytes);
  const files = renderFiles(datasets, figures, sources);
  // Only after a build that succeeded: a failed one may have stopped before reading every text.
  cache?.prune();
  return { datasets, coverage, figures, texts, files };
}
