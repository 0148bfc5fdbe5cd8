// The start page: every document with its coverage and what is still open for review; a new document taken in from a
// file; a new place added to the list of places.
import { inputs } from '../../shared/files.ts';
import { Level, NO_DOC_NUMBER } from '../../schemas/vocab.ts';
import { unreviewed } from '../../pipeline/sources/unreviewed.ts';
import type { CheckResult } from './check.ts';
import { bi, button, esc, form, input, page, select } from './html.ts';

export interface StartRow {
  id: string;
  title_zh: string;
  doc_number: string;
  kind: string;
  /** Fields of its manifest entry that still hold the draft's placeholder ("TODO"): no build passes until filled. */
  todo: string[];
  annotation: unknown;
  check: CheckResult;
}

export interface StartContext {
  token: string;
  jurisdictions: { id: string; name_zh: string; level: string }[];
  kinds: { id: string; name_zh: string; name_en: string }[];
  versions: Record<string, string>;
}

const LEVEL_NAMES: Record<Level, string> = {
  national: '国家 national',
  provincial: '省级（含直辖市） provincial',
  prefecture: '地级 prefecture',
  county: '县级（含市辖区） county or district',
};
/** The levels of places and of the documents they issue (one vocabulary), with their names. */
export const LEVELS = Level.options.map((l) => [l, LEVEL_NAMES[l]] as [string, string]);

export const placeOptions = (places: StartContext['jurisdictions']): [string, string][] =>
  places.map((p) => [p.id, `${p.name_zh} · ${p.id}`]);

export function startPage(rows: readonly StartRow[], ctx: StartContext): string {
  const body = rows
    .map((r) => {
      const open = unreviewed(r.annotation);
      const c = r.check.coverage[0];
      const coverage = c ? `${c.mentions - draftCount(r.check)} / ${c.mentions}` : '–';
      const untitled = r.todo.includes('title_zh');
      const number = r.doc_number === NO_DOC_NUMBER ? '原文无文号 no document number' : r.doc_number;
      const todo = r.todo.length
        ? `<br><span class="todo-list">${bi('尚待填写', 'Still to fill')}: ${esc(r.todo.join(', '))}</span>`
        : '';
      return `<tr><td><a href="/doc/${esc(r.id)}?token=${esc(ctx.token)}">${esc(untitled ? '（未填标题 untitled）' : r.title_zh)}</a><br><span class="en">${esc(r.id)} · ${esc(number)}</span>${todo}</td>
<td>${esc(r.kind)}</td><td>${coverage}</td><td>${open.drafts}</td><td>${open.suggestions}</td><td>${r.check.errors.filter((e) => e.file === inputs.annotation(r.id)).length}</td></tr>`;
    })
    .join('\n');
  const intake = form(
    'document.add',
    null,
    `<label class="wide">${bi('原文文件（UTF-8 纯文本 .txt）', 'The text file (UTF-8 plain text, .txt)')}<input type="file" name="file" accept=".txt,text/plain" required></label>
${input('id', '文档标识', 'Id (used in addresses, e.g. weifang-2024-plan)', '', 'required pattern="[a-z0-9]+(-[a-z0-9]+)*"')}
${select('jurisdiction', '辖区（列表中没有的，请先在下方新增）', 'Place (not listed? add it below first)', placeOptions(ctx.jurisdictions), '', '请选择 choose')}
${select(
  'kind',
  '文件类型',
  'Kind',
  ctx.kinds.map((k) => [k.id, `${k.name_zh} · ${k.name_en}`] as [string, string]),
  '',
  '由原文判断 read from the text',
)}
<div class="actions">${button('收录并起草', 'Take in and draft', 'class="primary"')}</div>`,
  );
  const place = form(
    'jurisdiction.add',
    null,
    `${input('name_zh', '名称', 'Name (zh), e.g. 滨江区', '', 'required')}${input('name_en', '英文名称', 'Name (en), e.g. Binjiang District', '', 'required')}
${input('id', '标识', 'Id, e.g. hangzhou-binjiang', '', 'required pattern="[a-z0-9]+(-[a-z0-9]+)*"')}${select('level', '层级', 'Level', LEVELS, '', '请选择 choose')}
${select('parent', '上级辖区', 'Enclosing place', placeOptions(ctx.jurisdictions), '', '无（省级及以上） none (provincial or above)')}
${input('code', '行政区划代码', 'GB/T 2260 code, six digits', '', 'required inputmode="numeric" pattern="[0-9]{6}"')}
<div class="actions">${button('添加辖区', 'Add the place', 'class="primary"')}</div>`,
  );
  return page(
    '知识产权规划追踪 · 整理台 Curation workbench',
    `<header><h1>${bi('整理台', 'Curation workbench')}</h1><span id="status" role="status"></span></header>
<main class="start"><table>
<thead><tr><th>${bi('文档', 'Document')}</th><th>${bi('类别', 'Kind')}</th><th>${bi('已核对数字 / 总数', 'Numbers accounted / total')}</th><th>${bi('草稿条目', 'Draft entries')}</th><th>${bi('证据建议', 'Evidence suggestions')}</th><th>${bi('错误', 'Errors')}</th></tr></thead>
<tbody>${body}</tbody></table>
<section id="intake"><h2>${bi('收录新文档', 'Take in a new document')}</h2>${intake}</section>
<details id="add-place"><summary>${bi('新增辖区', 'Add a place')}</summary>${place}</details></main>`,
    ctx.versions,
  );
}

/** Numbers still held by draft entries (they stand in the checks as marked not-statistics). */
export function draftCount(check: CheckResult): number {
  return check.mentions.filter((m) => m.use === 'not_statistic' && m.reason.startsWith('curate-draft:')).length;
}
