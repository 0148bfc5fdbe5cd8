// The review panel: one card per entry of the annotation file, drafts first within each list, each a form that
// saves one decision. Errors from the checks show in the card of the entry they name.
import { FlowStock, Measure, Topic } from '../../schemas/indicator.ts';
import { Status, TaskType } from '../../schemas/vocab.ts';
import { sentences } from '../draft/text.ts';
import type { EntryError } from './check.ts';
import { area, bi, button, esc, form, input, select } from './html.ts';

type Json = Record<string, unknown>;

export interface PanelInput {
  file: Json;
  entry: Json;
  path: string;
  errors: EntryError[];
  indicators: { id: string; name_zh: string; unit: string }[];
  /** Tasks of earlier plans, by id, for evidence suggestions. */
  planTasks: Map<string, { number: string; summary_zh: string; plan: string }>;
}

const STATUSES = Status.options.filter((s) => s !== 'no_evidence');
const TYPES = TaskType.options;
const MANIFEST_FIELDS: [string, string, string][] = [
  ['title_zh', '标题', 'Title (zh)'],
  ['title_en', '英文标题', 'Title (en)'],
  ['issuer_zh', '发文机关', 'Issuer (zh)'],
  ['issuer_en', '英文发文机关', 'Issuer (en)'],
  ['doc_number', '文号', 'Document number'],
  ['period_start', '规划期起', 'Plan period start'],
  ['period_end', '规划期止', 'Plan period end'],
];

function errorsFor(v: PanelInput, where: string): string {
  const mine = v.errors.filter((e) => e.file === v.path && e.entry === where);
  return mine.map((e) => `<p class="err" role="alert">${esc(e.message)}</p>`).join('');
}

function card(v: PanelInput, where: string, e: Json, title: string, body: string): string {
  const id = where.replace(/\[(\d+)\]/u, '-$1');
  const state = e.draft ? bi('草稿', 'draft') : bi('已核对', 'reviewed');
  return `<div class="card${e.draft ? ' is-draft' : ''}" id="${id}" tabindex="-1"><strong>${title}</strong> · ${state}${errorsFor(v, where)}${body}</div>`;
}

const useSelection = (field: string) => button('用所选原文', 'Use selected text', `type="button" data-fill="${field}"`);

function observationCard(v: PanelInput, o: Json, i: number): string {
  const cands = ((o.indicator_candidates as { id: string; score: number }[] | undefined) ?? [])
    .map((c) => button(c.id, String(c.score), `type="button" data-pick="indicator" data-value="${esc(c.id)}"`))
    .join(' ');
  const proposed = o.proposed_indicator as Json | undefined;
  const accept = form(
    'observation.accept',
    i,
    `${input('indicator', '指标', 'Indicator', o.indicator ?? '', 'list="catalogue" required class="wide"')}
${cands ? `<p class="wide">${bi('候选', 'Candidates')}: ${cands}</p>` : ''}
${proposed ? `<p class="wide">${bi('建议新指标', 'Proposed new indicator')}: ${esc(proposed.name_zh)} (${esc(proposed.unit)}) ${button('据此新建指标', 'Start it as a new indicator', `type="button" data-propose="${esc(JSON.stringify(proposed))}"`)}</p>` : ''}
${input('period_start', '统计期起', 'Period start', o.period_start, 'type="date" required')}
${input('period_end', '统计期止', 'Period end', o.period_end, 'type="date" required')}
${area('quote', '引文', 'Quote', o.quote, 2)}
<div class="actions">${useSelection('quote')}</div>
${input('note_zh', '说明', 'Note (zh)', o.note_zh ?? '')}${input('note_en', '英文说明', 'Note (en)', o.note_en ?? '')}
<div class="actions">${button('接受', 'Accept', 'class="primary"')}</div>`,
  );
  const move = form(
    'observation.not-statistic',
    i,
    `${input('reason_zh', '非统计理由', 'Why not a statistic (zh)', '', 'required')}${input('reason', '英文理由', 'Why not a statistic (en)', '', 'required')}
<div class="actions">${button('移至非统计', 'Move to not-statistics')}</div>`,
  );
  const head = `${esc(o.mention)} = ${esc(o.value)} ${esc(o.unit ?? '')} <span class="en">${esc(o.qualifier)}</span>`;
  return card(v, `observations[${i}]`, o, head, accept + move);
}

function notStatisticCard(v: PanelInput, n: Json, i: number): string {
  return card(
    v,
    `not_statistics[${i}]`,
    n,
    esc(n.mention ?? n.quote),
    form(
      'not-statistic.accept',
      i,
      `${area('quote', '引文', 'Quote', n.quote, 2)}${input('reason_zh', '理由', 'Reason (zh)', n.reason_zh ?? '', 'required')}${input('reason', '英文理由', 'Reason (en)', n.reason, 'required')}
<div class="actions">${useSelection('quote')}${button('接受', 'Accept', 'class="primary"')}</div>`,
    ),
  );
}

function taskCard(v: PanelInput, t: Json, i: number, count: number): string {
  const target = t.target as Json | undefined;
  const cuts = sentences(String(t.quote))
    .slice(1)
    .map((r) => String(t.quote).slice(r.start, r.end));
  const targetFields = target
    ? `<p class="wide">${bi('目标', 'Target')}: ${esc(target.mention)} (${esc(target.comparator)})</p>
${input('target_indicator', '目标指标', 'Target indicator', target.indicator ?? '', 'list="catalogue"')}
${input('target_deadline', '目标期限', 'Target deadline', target.deadline ?? '', 'type="date"')}`
    : '';
  const accept = form(
    'task.accept',
    i,
    `${input('number', '编号', 'Number', t.number)}${select('type', '类型', 'Type', TYPES, t.type)}
${input('section_zh', '章节', 'Section (zh)', t.section_zh)}${input('section_en', '英文章节', 'Section (en)', t.section_en ?? '')}
${area('summary_zh', '摘要', 'Summary (zh)', t.summary_zh, 2)}${area('summary_en', '英文摘要', 'Summary (en)', t.summary_en ?? '', 2)}
${area('quote', '原文', 'Quote', t.quote, 4)}${input('deadline', '期限', 'Deadline', t.deadline ?? '', 'type="date"')}
${input('deadline_quote', '期限原文', 'Passage stating the deadline', t.deadline_quote ?? '')}
${input('themes', '主题', 'Themes (ids, comma-separated)', ((t.themes as string[] | undefined) ?? []).join(', '), 'class="wide"')}
${themeCandidates(t)}${targetFields}
<div class="actions">${useSelection('quote')}${button('接受', 'Accept', 'class="primary"')}</div>`,
  );
  const more =
    form('task.dismiss', i, `<div class="actions">${button('不是任务', 'Not a task')}</div>`) +
    (i + 1 < count
      ? form('task.merge', i, `<div class="actions">${button('与下一条合并', 'Merge with next')}</div>`)
      : '') +
    (cuts.length
      ? form(
          'task.split',
          i,
          `${select('second', '从此句拆分', 'Split before this sentence', cuts, '')}<div class="actions">${button('拆分', 'Split')}</div>`,
        )
      : '');
  return card(v, `tasks[${i}]`, t, `${esc(t.number)} ${esc(t.summary_zh)}`, accept + more);
}

function themeCandidates(t: Json): string {
  const cands = (t.theme_candidates as { id: string; score: number }[] | undefined) ?? [];
  return cands.length
    ? `<p class="wide">${bi('候选主题', 'Candidate themes')}: ${cands.map((c) => esc(`${c.id} (${c.score})`)).join(', ')}</p>`
    : '';
}

function suggestionCard(v: PanelInput, s: Json, i: number): string {
  const task = v.planTasks.get(String(s.task));
  const head = `${esc(s.plan)} · ${esc(task?.number ?? s.task)} ${esc(task?.summary_zh ?? '')} <span class="en">${bi('得分', 'score')} ${esc(s.score)}</span>`;
  const accept = form(
    'evidence.accept',
    i,
    `<p class="wide quote">${esc(s.quote)}</p>${area('quote', '证据引文', 'Evidence quote', s.quote, 2)}
${select('status', '进展', 'Status', STATUSES, 'in_progress')}${input('as_of', '截至日期', 'As of', v.entry.date_issued ?? '', 'type="date" required')}
${input('rationale_zh', '理由', 'Rationale (zh)', '', 'required')}${input('rationale_en', '英文理由', 'Rationale (en)', '', 'required')}
<div class="actions">${useSelection('quote')}${button('采纳为证据', 'Accept as evidence', 'class="primary"')}</div>`,
  );
  const dismiss = form(
    'evidence.dismiss',
    i,
    `<div class="actions">${button('不相关', 'Not relevant')}${button('该任务全部不相关', 'None for this task', 'name="all" value="1"')}</div>`,
  );
  return card(v, `evidence_suggestions[${i}]`, { draft: true }, head, accept + dismiss);
}

function section(zh: string, en: string, cards: string[]): string {
  return cards.length ? `<section><h2>${bi(zh, en)} (${cards.length})</h2>${cards.join('\n')}</section>` : '';
}

export function panel(v: PanelInput): string {
  const listOf = (n: string) => (v.file[n] as Json[] | undefined) ?? [];
  const general = v.errors.filter((e) => e.file !== v.path || !e.entry);
  const tasks = listOf('tasks');
  const manifest = form(
    'manifest.update',
    null,
    `${MANIFEST_FIELDS.map(([k, zh, en]) => input(k, zh, en, v.entry[k] === 'TODO' ? '' : (v.entry[k] ?? ''), k.startsWith('period') ? 'type="date"' : '')).join('')}
<div class="actions">${button('保存文档信息', 'Save document details', 'class="primary"')}</div>`,
  );
  const indicator = form(
    'indicator.add',
    null,
    `${input('id', '标识', 'Id (kebab-case)', '')}${input('unit', '单位', 'Unit (件, 家, %, 元…)', '')}
${input('name_zh', '名称', 'Name (zh)', '')}${input('name_en', '英文名称', 'Name (en)', '')}
${input('unit_en', '英文单位', 'Unit (en)', '')}${select('measure', '类型', 'Measure', Measure.options, 'count')}
${select('topic', '主题', 'Topic', Topic.options, '')}${select('flow_stock', '流量或存量', 'Flow (over a period) or stock (at a date)', FlowStock.options, 'flow')}
${input('base', '增长率的基数指标', 'Base indicator (growth rates only)', '')}<div class="actions">${button('添加指标', 'Add indicator')}</div>`,
  );
  const dismissRest = form(
    'evidence.dismiss-rest',
    null,
    `<div class="actions">${button('其余建议均不相关', 'None of the remaining suggestions is relevant', 'id="dismiss-rest"')}</div>`,
  );
  return `${general.length ? `<section class="errors"><h2>${bi('错误', 'Errors')}</h2><ul>${general.map((e) => `<li>${esc(e.message)}</li>`).join('')}</ul></section>` : ''}
<datalist id="catalogue">${v.indicators.map((i) => `<option value="${esc(i.id)}">${esc(i.name_zh)} · ${esc(i.unit)}</option>`).join('')}</datalist>
<details${Object.values(v.entry).includes('TODO') ? ' open' : ''}><summary>${bi('文档信息', 'Document details')}</summary>${manifest}</details>
${section(
  '观察值',
  'Observations',
  listOf('observations').map((o, i) => observationCard(v, o, i)),
)}
${section(
  '非统计数字',
  'Not statistics',
  listOf('not_statistics').map((n, i) => notStatisticCard(v, n, i)),
)}
${section(
  '任务',
  'Tasks',
  tasks.map((t, i) => taskCard(v, t, i, tasks.length)),
)}
${section(
  '证据建议',
  'Evidence suggestions',
  listOf('evidence_suggestions').map((s, i) => suggestionCard(v, s, i)),
)}
${listOf('evidence_suggestions').length ? dismissRest : ''}
<details id="add-indicator"><summary>${bi('添加指标', 'Add an indicator')}</summary>${indicator}</details>`;
}
