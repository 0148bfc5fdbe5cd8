import { formatDate } from '../../shared/dates.ts';
import {
  DATASETS,
  NO_DOC_NUMBER,
  type DatasetName,
  type Datasets,
  type DocumentRow,
  type Release,
} from '../../schemas/index.ts';

export const PROJECT_ZH = '知识产权保护规划追踪';
export const PROJECT_EN = 'IP Plan Tracker';

/** Documents behind a dataset: those its rows cite, or every document for tables without a source column. */
export function citedDocuments(name: DatasetName, datasets: Datasets): DocumentRow[] {
  const rows = datasets[name] as { document_id?: string }[];
  const cited = new Set(rows.map((r) => r.document_id).filter((d): d is string => typeof d === 'string'));
  return datasets.documents.filter((d) => cited.size === 0 || cited.has(d.id));
}

/**
 * A document as a citation names it: its number (文号), or where its text states none (the data's "none"), its
 * title in the citation's language; a reader never meets the data's word.
 */
export function citedName(d: DocumentRow, lang: 'zh' | 'en'): string {
  if (d.doc_number !== NO_DOC_NUMBER) return d.doc_number;
  return lang === 'zh' ? `《${d.title_zh}》` : `“${d.title_en}”`;
}

/** A document number leading a line of a list: the number and a space, or nothing where the document has none. */
const numberLead = (d: { doc_number: string }) => (d.doc_number === NO_DOC_NUMBER ? '' : `${d.doc_number} `);

/** How to cite one dataset, in Chinese and English: by its data release, the date the collection last changed. */
export function citation(name: DatasetName, datasets: Datasets, release: Release): { zh: string; en: string } {
  const spec = DATASETS.find((d) => d.name === name)!;
  const docs = citedDocuments(name, datasets);
  const date = release.data_release;
  return {
    // Each date as its language writes it in a sentence; the data files themselves carry ISO dates.
    zh: `${PROJECT_ZH}：${spec.title_zh}（${name}），数据更新于${formatDate(date, 'zh')}；来源文件：${docs.map((d) => citedName(d, 'zh')).join('、')}。`,
    en: `${PROJECT_EN}, “${spec.title_en}” (${name}), data released on ${formatDate(date, 'en')}; source documents: ${docs.map((d) => citedName(d, 'en')).join(', ')}.`,
  };
}

/** README.md for the downloadable zip: what each file is, how to cite it, the licence. */
export function zipReadme(datasets: Datasets, release: Release): string {
  const latest = release.latest_document;
  const lines = [
    `# ${PROJECT_ZH} · ${PROJECT_EN}: data`,
    '',
    `数据版本（最近一次变更） Data release (when the collection last changed): ${release.data_release}`,
    `最新文件（数字截至） Latest document (what the figures are as of): ${latest.doc_number === NO_DOC_NUMBER ? latest.id : latest.doc_number}, ${latest.date}`,
    '',
    '每个数据集有三种文件：`<name>.csv`（UTF-8）、`excel/<name>.csv`（带 BOM，可在 Excel/WPS 中直接打开）、`<name>.json`。',
    'Each dataset comes as `<name>.csv` (UTF-8, RFC 4180), `excel/<name>.csv` (with a byte-order mark, for Excel and WPS) and `<name>.json`.',
    '`datapackage.json` describes every column in Chinese and English (Frictionless Data Package v2).',
    '',
    '| dataset | rows | 每行 | each row |',
    '|---|---|---|---|',
    ...DATASETS.map((d) => `| ${d.name} | ${(datasets[d.name] as unknown[]).length} | ${d.row_zh} | ${d.row_en} |`),
    '',
    '## 来源文件 Source documents',
    '',
    ...datasets.documents.map(
      (d) =>
        `- ${numberLead(d)}${d.title_zh} (${d.title_en}), ${d.issuer_zh}, ${d.date_issued ?? '未载明日期 date not stated'}`,
    ),
    '',
    '## 引用 How to cite',
    '',
    ...DATASETS.flatMap((d) => {
      const c = citation(d.name, datasets, release);
      return [`- ${c.zh}`, `  ${c.en}`];
    }),
    '',
    '## 许可 Licence',
    '',
    'Datasets: CC0 1.0. 官方文件依《中华人民共和国著作权法》第五条不受著作权保护 (official documents are not protected by copyright under Article 5 of the PRC Copyright Law).',
    '',
  ];
  return lines.join('\n');
}
