import { z } from 'zod';
import { DATASETS, fieldDoc, NO_DOC_NUMBER, type Release } from '../../schemas/index.ts';

/** Table Schema field types from a zod field's JSON Schema. */
function tableField(name: string, schema: z.ZodType) {
  const json = z.toJSONSchema(schema, { unrepresentable: 'any' }) as Record<string, unknown>;
  const variants = (json.anyOf as Record<string, unknown>[] | undefined) ?? [json];
  const main = variants.find((v) => v.type !== 'null') ?? {};
  const nullable = variants.some((v) => v.type === 'null');
  const type =
    main.format === 'date'
      ? 'date'
      : main.type === 'integer'
        ? 'integer'
        : main.type === 'number'
          ? 'number'
          : main.type === 'boolean'
            ? 'boolean'
            : 'string';
  const doc = fieldDoc(schema, name);
  const constraints: Record<string, unknown> = {};
  if (!nullable) constraints.required = true;
  if (Array.isArray(main.enum)) constraints.enum = main.enum;
  return {
    name,
    type,
    ...(type === 'date' ? { format: 'default' } : {}),
    title: doc.description_zh,
    description: `${doc.description_zh}｜${doc.description}`,
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

// A reference without a resource points into the same table (Table Schema v2).
const FOREIGN_KEYS: Record<string, { fields: string; reference: { resource?: string; fields: string } }[]> = {
  documents: [
    { fields: 'jurisdiction', reference: { resource: 'jurisdictions', fields: 'id' } },
    { fields: 'kind', reference: { resource: 'document_kinds', fields: 'id' } },
  ],
  jurisdictions: [{ fields: 'parent', reference: { fields: 'id' } }],
  indicators: [{ fields: 'base', reference: { fields: 'id' } }],
  observations: [
    { fields: 'jurisdiction', reference: { resource: 'jurisdictions', fields: 'id' } },
    { fields: 'indicator_id', reference: { resource: 'indicators', fields: 'id' } },
    { fields: 'document_id', reference: { resource: 'documents', fields: 'id' } },
  ],
  latest_observations: [
    { fields: 'observation_id', reference: { resource: 'observations', fields: 'id' } },
    { fields: 'indicator_id', reference: { resource: 'indicators', fields: 'id' } },
    { fields: 'jurisdiction', reference: { resource: 'jurisdictions', fields: 'id' } },
  ],
  tasks: [{ fields: 'document_id', reference: { resource: 'documents', fields: 'id' } }],
  targets: [
    { fields: 'task_id', reference: { resource: 'tasks', fields: 'id' } },
    { fields: 'indicator_id', reference: { resource: 'indicators', fields: 'id' } },
  ],
  assessments: [{ fields: 'task_id', reference: { resource: 'tasks', fields: 'id' } }],
  derived: [{ fields: 'jurisdiction', reference: { resource: 'jurisdictions', fields: 'id' } }],
  evidence: [{ fields: 'assessment_id', reference: { resource: 'assessments', fields: 'id' } }],
  mentions: [{ fields: 'document_id', reference: { resource: 'documents', fields: 'id' } }],
};

export interface FileFacts {
  bytes: number;
  sha256: string;
}

/** The Frictionless Data Package v2 descriptor of the published CSVs. */
export function dataPackage(
  facts: Map<string, FileFacts>,
  sourceDocs: {
    doc_number: string;
    title_zh: string;
    title_en: string;
    issuer_en: string;
    date_issued: string | null;
  }[],
  release: Release,
) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'ip-plan-tracker',
    // The data release, not the wall clock: the same data gives the same bytes.
    version: release.version,
    created: `${release.data_release}T00:00:00Z`,
    title: '知识产权保护规划追踪数据｜IP Plan Tracker data',
    description:
      '中国知识产权保护规划的承诺与进展，每个数字均可追溯至官方文件原文。｜What Chinese IP-protection plans promised and how far each promise has come; every number traces to a sentence of an official document.',
    licenses: [
      {
        name: 'CC0-1.0',
        title:
          'Creative Commons Zero v1.0 Universal (datasets); official documents are not protected by copyright under Article 5 of the Copyright Law of the PRC',
      },
    ],
    sources: sourceDocs.map((d) => ({
      title: `${d.doc_number === NO_DOC_NUMBER ? '' : `${d.doc_number} `}${d.title_zh} (${d.title_en}), ${d.issuer_en}${d.date_issued ? `, ${d.date_issued}` : ''}`,
    })),
    resources: DATASETS.map((spec) => {
      const path = `${spec.name}.csv`;
      const f = facts.get(path)!;
      return {
        name: spec.name,
        type: 'table',
        path,
        scheme: 'file',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        title: `${spec.title_zh}｜${spec.title_en}`,
        description: `每行：${spec.row_zh}｜Each row: ${spec.row_en}`,
        bytes: f.bytes,
        hash: `sha256:${f.sha256}`,
        dialect: {
          $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json',
          header: true,
          delimiter: ',',
          lineTerminator: '\r\n',
          quoteChar: '"',
          doubleQuote: true,
        },
        schema: {
          $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
          fields: Object.entries(spec.schema.shape).map(([name, s]) => tableField(name, s as z.ZodType)),
          missingValues: [''],
          primaryKey: ['id'],
          ...(FOREIGN_KEYS[spec.name]
            ? {
                foreignKeys: FOREIGN_KEYS[spec.name]!.map((k) => ({
                  fields: [k.fields],
                  reference: { ...k.reference, fields: [k.reference.fields] },
                })),
              }
            : {}),
        },
      };
    }),
  };
}
