import { DATASETS, JURISDICTIONS, type DatasetName, type Datasets, type DocumentRow } from '../../schemas/index.ts';
import { ANNOTATIONS_DIR, resolveAnnotations } from './annotations.ts';
import { atomFeed, loadChangelog } from './changelog.ts';
import { dataDate, zipReadme } from './citation.ts';
import { deterministicZip, sourceEntries } from './zip.ts';
import { assess } from './assess.ts';
import { toCsv, withBom } from './csv.ts';
import { dataPackage, type FileFacts } from './datapackage.ts';
import { derive } from './derive.ts';
import { DataError } from './errors.ts';
import type { Reader } from './reader.ts';
import { loadSources, sha256 } from './sources.ts';

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
  coverage: Coverage[];
  /** Output path (relative to the data directory) → file content. */
  files: Map<string, string | Uint8Array>;
}

/** Stages 1-4: sources, annotations, datasets, derived metrics. Reads through `reader`; writes nothing. */
export function buildDatasets(reader: Reader): { datasets: Datasets; coverage: Coverage[] } {
  const sources = loadSources(reader);
  const annotated = resolveAnnotations(reader, sources);
  const { assessments, evidence } = assess(annotated);
  const coverage: Coverage[] = [];
  const mentions: Datasets['mentions'] = [];
  const documents: DocumentRow[] = [];
  for (const source of sources) {
    const ledger = annotated.ledgers.get(source.entry.id)!;
    const { rows, unaccounted } = ledger.rows();
    if (unaccounted.length > 0) {
      const list = unaccounted.map((m) => `"${m.text}" (${m.kind}, at ${m.start})`).join(', ');
      throw new DataError(
        `${ANNOTATIONS_DIR}/${source.entry.id}.json`,
        'not_statistics',
        `${unaccounted.length} number(s) in ${source.entry.file} are not accounted for: ${list}`,
        'use each in an observation or target, or add a not_statistics entry with a reason',
      );
    }
    mentions.push(...rows);
    const count = (use: string) => rows.filter((r) => r.use === use).length;
    coverage.push({
      document_id: source.entry.id,
      mentions: rows.length,
      observation: count('observation'),
      target: count('target'),
      not_statistic: count('not_statistic'),
      not_statistic_kind: count('not_statistic_kind'),
    });
    documents.push({
      ...source.entry,
      jurisdiction_zh: JURISDICTIONS[source.entry.jurisdiction].zh,
      jurisdiction_en: JURISDICTIONS[source.entry.jurisdiction].en,
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
    indicators: [...annotated.indicators].sort((a, b) => a.id.localeCompare(b.id)),
    observations,
    tasks: annotated.tasks,
    targets: annotated.targets,
    assessments,
    evidence,
    derived: derive(observations, annotated.targets, annotated.sources),
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
  return { datasets, coverage };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Stage 5 files: every dataset as CSV, Excel CSV with BOM and JSON, per-indicator and per-plan CSVs,
 * datapackage.json, the changelog feed, and one zip of the datasets and source texts with a README.
 */
export function renderFiles(
  datasets: Datasets,
  sources: Map<string, Uint8Array> = new Map(),
): Map<string, string | Uint8Array> {
  const files = new Map<string, string>();
  const facts = new Map<string, FileFacts>();
  const enc = new TextEncoder();
  const put = (path: string, content: string) => {
    files.set(path, content);
    facts.set(path, { bytes: enc.encode(content).length, sha256: sha256(content) });
  };
  const columns = (name: DatasetName) => Object.keys(DATASETS.find((d) => d.name === name)!.schema.shape);
  for (const spec of DATASETS) {
    const rows = datasets[spec.name] as Record<string, unknown>[];
    const csv = toCsv(columns(spec.name), rows);
    put(`${spec.name}.csv`, csv);
    put(`excel/${spec.name}.csv`, withBom(csv));
    put(`${spec.name}.json`, json(rows));
  }
  for (const ind of datasets.indicators) {
    const rows = datasets.observations.filter((o) => o.indicator_id === ind.id);
    if (rows.length) put(`indicators/${ind.id}.csv`, toCsv(columns('observations'), rows));
  }
  const status = new Map(datasets.assessments.map((a) => [a.task_id, a]));
  for (const doc of datasets.documents) {
    const tasks = datasets.tasks.filter((t) => t.document_id === doc.id);
    if (!tasks.length) continue;
    const rows = tasks.map((t) => ({
      ...t,
      status: status.get(t.id)!.status,
      as_of: status.get(t.id)!.as_of,
      rationale_zh: status.get(t.id)!.rationale_zh,
      rationale_en: status.get(t.id)!.rationale_en,
    }));
    put(`plans/${doc.id}.csv`, toCsv([...columns('tasks'), 'status', 'as_of', 'rationale_zh', 'rationale_en'], rows));
  }
  put('datapackage.json', json(dataPackage(facts, datasets.documents)));
  const zipped = new Map<string, string | Uint8Array>([
    ...[...files].filter(([p]) => !p.startsWith('indicators/') && !p.startsWith('plans/')),
    ...sources,
  ]);
  zipped.set('README.md', zipReadme(datasets));
  const all = new Map<string, string | Uint8Array>(files);
  all.set('changelog.atom', atomFeed(datasets.changes));
  all.set('ip-plan-tracker-data.zip', deterministicZip(zipped, dataDate(datasets)));
  return new Map([...all.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

export function buildData(reader: Reader): BuildOutput {
  const { datasets, coverage } = buildDatasets(reader);
  return { datasets, coverage, files: renderFiles(datasets, sourceEntries(datasets.documents, reader.bytes)) };
}
