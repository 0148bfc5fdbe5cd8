// What the download page says about each published file, read from the files the pipeline made: sizes and
// checksums from datapackage.json, column types from its Table Schemas, descriptions from the zod field docs.
import { DATASETS, fieldDoc, type DatasetName } from '../../schemas/index.ts';
import { published } from '../../shared/files.ts';

/** The published files under /data/, path → content (SiteData.files). */
export type PublishedFiles = ReadonlyMap<string, string | Uint8Array>;

interface PackageField {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[] };
}

interface PackageResource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  schema: { fields: PackageField[] };
}

/** One column of a dataset as the download page lists it. */
export interface ColumnDoc {
  name: string;
  type: string;
  required: boolean;
  values: string[] | null;
  zh: string;
  en: string;
}

/** One dataset's file facts and columns. */
export interface DatasetFiles {
  name: DatasetName;
  csvBytes: number;
  sha256: string;
  excelBytes: number;
  jsonBytes: number;
  columns: ColumnDoc[];
}

const packages = new WeakMap<PublishedFiles, { resources: PackageResource[] }>();

function dataPackage(files: PublishedFiles): { resources: PackageResource[] } {
  let pkg = packages.get(files);
  if (!pkg) {
    pkg = JSON.parse(String(files.get(published.datapackage))) as { resources: PackageResource[] };
    packages.set(files, pkg);
  }
  return pkg;
}

const encoder = new TextEncoder();

/** Size in bytes of a published file, by its path under /data/. */
export function dataFileBytes(files: PublishedFiles, path: string): number {
  const content = files.get(path);
  if (content === undefined) throw new Error(`no published file ${path}: the pipeline made none`);
  return typeof content === 'string' ? encoder.encode(content).length : content.length;
}

/** Files and columns of a dataset; fails when datapackage.json and the schema disagree on the columns. */
export function datasetFiles(files: PublishedFiles, name: DatasetName): DatasetFiles {
  const resource = dataPackage(files).resources.find((r) => r.name === name);
  if (!resource) throw new Error(`datapackage.json has no resource "${name}": run \`npm run build:data\``);
  const spec = DATASETS.find((d) => d.name === name)!;
  const shape = spec.schema.shape as Record<string, Parameters<typeof fieldDoc>[0]>;
  const keys = Object.keys(shape);
  const names = resource.schema.fields.map((f) => f.name);
  if (keys.join() !== names.join())
    throw new Error(
      `datapackage.json lists columns ${names.join(', ')} for ${name}; the schema has ${keys.join(', ')}`,
    );
  const [algorithm, sha256] = resource.hash.split(':');
  if (algorithm !== 'sha256' || !sha256)
    throw new Error(`datapackage.json: ${name} has hash "${resource.hash}", expected sha256:<hex>`);
  return {
    name,
    csvBytes: resource.bytes,
    sha256,
    excelBytes: dataFileBytes(files, published.excel(name)),
    jsonBytes: dataFileBytes(files, published.dataset(name, 'json')),
    columns: resource.schema.fields.map((f) => {
      const doc = fieldDoc(shape[f.name]!, f.name);
      return {
        name: f.name,
        type: f.type,
        required: f.constraints?.required === true,
        values: f.constraints?.enum ?? null,
        zh: doc.description_zh,
        en: doc.description,
      };
    }),
  };
}

/** A file size for readers: 21.4 KB, 139 KB, 1.2 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const kb = bytes / 1000;
  if (kb < 1000) return `${kb < 100 ? kb.toFixed(1) : Math.round(kb)} KB`;
  return `${(kb / 1000).toFixed(1)} MB`;
}
