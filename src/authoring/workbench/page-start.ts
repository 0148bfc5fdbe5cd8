// The start page: every document with its coverage and what is still open for review.
import { inputs } from '../../shared/files.ts';
import { unreviewed } from '../../pipeline/sources/unreviewed.ts';
import type { CheckResult } from './check.ts';
import { bi, esc, page } from './html.ts';

export interface StartRow {
  id: string;
  title_zh: string;
  doc_number: string;
  kind: string;
  annotation: unknown;
  check: CheckResult;
}

export function startPage(rows: readonly StartRow[], token: string): string {
  const body = rows
    .map((r) => {
      const open = unreviewed(r.annotation);
      const c = r.check.coverage[0];
      const coverage = c ? `${c.mentions - draftCount(r.check)} / ${c.mentions}` : '–';
      return `<tr><td><a href="/doc/${esc(r.id)}?token=${esc(token)}">${esc(r.title_zh === 'TODO' ? '（未填标题 untitled）' : r.title_zh)}</a><br><span class="en">${esc(r.id)} · ${esc(r.doc_number)}</span></td>
<td>${esc(r.kind)}</td><td>${coverage}</td><td>${open.drafts}</td><td>${open.suggestions}</td><td>${r.check.errors.filter((e) => e.file === inputs.annotation(r.id)).length}</td></tr>`;
    })
    .join('\n');
  return page(
    '知识产权规划追踪 · 整理台 Curation workbench',
    `<header><h1>${bi('整理台', 'Curation workbench')}</h1><span id="status"></span></header>
<main class="start"><table>
<thead><tr><th>${bi('文档', 'Document')}</th><th>${bi('类别', 'Kind')}</th><th>${bi('已核对数字 / 总数', 'Numbers accounted / total')}</th><th>${bi('草稿条目', 'Draft entries')}</th><th>${bi('证据建议', 'Evidence suggestions')}</th><th>${bi('错误', 'Errors')}</th></tr></thead>
<tbody>${body}</tbody></table>
<p>${bi('新文档：npm run draft -- FILE --id ID --jurisdiction J', 'New document: npm run draft -- FILE --id ID --jurisdiction J')}</p></main>`,
  );
}

/** Numbers still held by draft entries (they stand in the checks as marked not-statistics). */
export function draftCount(check: CheckResult): number {
  return check.mentions.filter((m) => m.use === 'not_statistic' && m.reason.startsWith('curate-draft:')).length;
}
