// The review panel: the document's details and its changelog entry, then one card per entry of the annotation file,
// each a form that saves one decision. Errors from the checks show in the card of the entry they name. What a figure
// needs sits with it: its indicator's candidates, a new indicator, another figure from the same number.
import { extractMentions } from '../../pipeline/extract/index.ts';
import { ObservationAnnotation } from '../../schemas/annotation.ts';
import { ChangeKind } from '../../schemas/change.ts';
import { FlowStock, Topic } from '../../schemas/indicator.ts';
import { Comparator, Qualifier, Status, TaskType } from '../../schemas/vocab.ts';
import { placeholderFields } from '../../pipeline/sources/sources.ts';
import type { Candidate } from '../draft/indicators.ts';
import { sentences } from '../draft/text.ts';
import type { EntryError } from './check.ts';
import { area, bi, button, checkbox, dateInput, esc, form, input, select } from './html.ts';
import { idFromName, NO_DOC_NUMBER } from './ops.ts';
import { LEVELS, placeOptions } from './page-start.ts';

type Json = Record<string, unknown>;

export interface IndicatorChoice {
  id: string;
  name_zh: string;
  name_en: string;
  definition_zh: string;
  unit: string;
  unit_en: string;
  topic: string;
}

export interface PanelInput {
  file: Json;
  entry: Json;
  path: string;
  errors: EntryError[];
  indicators: IndicatorChoice[];
  jurisdictions: { id: string; name_zh: string; level: string }[];
  kinds: { id: string; name_zh: string; name_en: string }[];
  /** The years the document speaks of most, for one-click periods. */
  years: string[];
  /** This document's changelog entry, once drafted. */
  change: Json | null;
  /** Tasks of earlier plans, by id, for evidence suggestions. */
  planTasks: Map<string, { number: string; summary_zh: string; plan: string }>;
}

const COMPARATOR_NAMES: Record<Comparator, string> = {
  gte: '不低于 ≥ at least',
  gt: '高于 > more than',
  lte: '不高于 ≤ at most',
  lt: '低于 < less than',
  eq: '等于 = equal to',
};
const COMPARATORS = Comparator.options.map((c) => [c, COMPARATOR_NAMES[c]] as [string, string]);
/**
 * The reasons most numbers that are not statistics share, one click each; any other is typed. The kinds that are
 * never statistics (dates, ordinals, document numbers) are set aside by the extractor itself.
 */
export const NOT_STATISTIC_REASONS: [string, string][] = [
  ['今后的目标或计划，不是已取得的数字', 'a goal or plan for later, not a figure achieved'],
  ['文件提出的数量要求，不是统计数', 'a quota or limit the document sets, not a statistic'],
  ['名称中的数字', 'a numeral inside a name'],
];
const STATUSES = Status.options.filter((s) => s !== 'no_evidence');
const TYPES = TaskType.options;
const QUALIFIERS: Record<Qualifier, string> = {
  exact: '确数 exact',
  approximate: '约数（约、近、左右） approximate',
  more_than: '多于（超过、余、多） more than',
  at_least: '不少于（以上、不少于、不低于） at least',
};
const FLOW_STOCK: Record<FlowStock, string> = {
  flow: '流量：期内发生数（新增、受理、授权） flow: over a period',
  stock: '存量：某日存有数（有效、拥有量、累计） stock: at a date',
};
const FLOW_STOCKS = FlowStock.options.map((f) => [f, FLOW_STOCK[f]] as [string, string]);
/** The unit a number's own text gives it (a reviewed entry keeps no unit of its own: its indicator has it). */
const unitOf = (mention: unknown) => extractMentions(String(mention ?? ''))[0]?.unit ?? '';

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

/** The English unit the catalogue most often gives a Chinese one (件 → cases), as a starting point. */
function unitEn(v: PanelInput, unit: unknown): string {
  const counts = new Map<string, number>();
  for (const i of v.indicators) if (i.unit === unit) counts.set(i.unit_en, (counts.get(i.unit_en) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/** A definition as one short line under its candidate (the whole of it in the button's title). */
const SHORT_DEFINITION = 80;

/**
 * The draft's best indicators for a figure or target, one click each into `field`: each by its names in Chinese and
 * English and its definition, so the curator sees what it counts, with its id and the draft's score beside it.
 * The draft gives each candidate's Chinese name and definition; the catalogue gives the English name (and both, for
 * a file drafted before candidates carried them).
 */
function candidates(v: PanelInput, list: unknown, field: string): string {
  const catalogue = new Map(v.indicators.map((x) => [x.id, x]));
  const items = ((list as Partial<Candidate>[] | undefined) ?? []).map((c) => {
    const id = String(c.id);
    const known = catalogue.get(id);
    const zh = c.name_zh ?? known?.name_zh;
    const en = known?.name_en ?? '';
    const definition = c.definition_zh ?? known?.definition_zh ?? '';
    const short = definition.length > SHORT_DEFINITION ? `${definition.slice(0, SHORT_DEFINITION - 1)}…` : definition;
    const pick = button(
      zh ?? id,
      en,
      `type="button" data-pick="${field}" data-value="${esc(id)}"${definition ? ` title="${esc(definition)}"` : ''}`,
    );
    const score = c.score === undefined ? '' : ` · ${bi('得分', 'score')} ${esc(c.score)}`;
    return `<li>${pick} <code class="cand-id">${esc(id)}</code><span class="en">${score}</span>${short ? `<br><span class="def">${esc(short)}</span>` : ''}</li>`;
  });
  return items.length
    ? `<div class="wide cands"><p>${bi('候选指标', 'Candidate indicators')}:</p><ol>${items.join('')}</ol></div>`
    : '';
}

/**
 * The new-indicator form, with the figure (`where`) that takes the indicator on save. The draft's proposal fills it;
 * where it says nothing, the figure's period suggests flow or stock (one date: a stock), and the nearest indicator of
 * the catalogue its topic: both shown, for the curator to keep or change.
 */
function newIndicator(
  v: PanelInput,
  where: string,
  proposal: Json | undefined,
  figure: { unit: unknown; period?: [unknown, unknown]; candidates?: unknown },
  open: boolean,
): string {
  const nearest = ((figure.candidates as { id: string }[] | undefined) ?? [])[0];
  const guess: Json = {
    unit: figure.unit,
    flow_stock: figure.period ? (figure.period[0] === figure.period[1] ? 'stock' : 'flow') : '',
    topic: v.indicators.find((x) => x.id === nearest?.id)?.topic ?? '',
  };
  const p = (k: string, fallback: unknown = guess[k] ?? '') => proposal?.[k] ?? fallback;
  const body = `<input type="hidden" name="apply_to" value="${esc(where)}">
${input('name_zh', '名称', 'Name (zh)', p('name_zh'), 'required')}${input('name_en', '英文名称', 'Name (en)', p('name_en'), 'required data-id-from="id"')}
${input('id', '标识（由英文名称生成）', 'Id (from the English name)', idFromName(String(p('name_en'))), 'pattern="[a-z0-9]+(-[a-z0-9]+)*"')}
${untranslated(proposal)}
${input('unit', '单位', 'Unit (件, 家, %, 元…)', p('unit'), 'required')}${input('unit_en', '英文单位', 'Unit (en)', p('unit_en', unitEn(v, p('unit'))), 'required')}
${area('definition_zh', '定义', 'Definition (zh)', p('definition_zh'), 2)}${area('definition_en', '英文定义', 'Definition (en)', p('definition_en'), 2)}
${select('flow_stock', '流量或存量', 'Flow or stock', FLOW_STOCKS, p('flow_stock'), '请选择 choose')}
${select('topic', '领域', 'Topic', Topic.options, p('topic'), '请选择 choose')}
${input('base', '增长率的基数指标（仅增长率填写）', 'Base indicator (growth rates only)', p('base'), 'list="catalogue"')}
<div class="actions">${button('新建指标并用于此项', 'Add the indicator and use it here', 'class="primary"')}</div>`;
  return `<details class="new-indicator"${open ? ' open' : ''}><summary>${bi('新建指标', 'New indicator')}</summary>${form('indicator.add', null, body)}</details>`;
}

/** The words of a proposed name the glossary has no English for: the curator translates them. */
function untranslated(proposal: Json | undefined): string {
  const words = (proposal?.untranslated_zh as string[] | undefined) ?? [];
  return words.length
    ? `<p class="wide hint">${bi('英文名称中尚未翻译', 'Not yet in the English name')}: ${esc(words.join('、'))}</p>`
    : '';
}

/** One click for the periods a document most often speaks of: a whole year, or the end of it. */
function periodChips(years: readonly string[]): string {
  if (!years.length) return '';
  const chips = years.flatMap((y) => [
    button(`${y}年全年`, `year ${y}`, `type="button" data-period="${y}-01-01/${y}-12-31"`),
    button(`${y}年底`, `end of ${y}`, `type="button" data-period="${y}-12-31/${y}-12-31"`),
  ]);
  return `<p class="wide chips">${bi('统计期', 'Period')}: ${chips.join(' ')}</p>`;
}

function observationCard(v: PanelInput, o: Json, i: number): string {
  const cands = candidates(v, o.indicator_candidates, 'indicator');
  const proposed = o.proposed_indicator as Json | undefined;
  const value = Number(o.value);
  const shape = ObservationAnnotation.shape as Record<string, unknown>;
  const range = ['low', 'high']
    .filter((k) => k in shape)
    .map((k) => input(k, k === 'low' ? '区间下限' : '区间上限', k === 'low' ? 'Range low' : 'Range high', o[k] ?? ''))
    .join('');
  const accept = form(
    'observation.accept',
    i,
    `${input('indicator', '指标', 'Indicator', o.indicator ?? '', 'list="catalogue" required class="wide"')}
${cands}
${dateInput('period_start', '统计期起', 'Period start', o.period_start, 'required')}
${dateInput('period_end', '统计期止', 'Period end', o.period_end, 'required')}
${periodChips(v.years)}
${select('jurisdiction', '辖区', 'Place', placeOptions(v.jurisdictions), o.jurisdiction)}
${area('quote', '引文', 'Quote', o.quote, 2)}
<details class="more wide"><summary>${bi('数值与说明', 'Value and notes')}</summary><div class="grid">
${input('value', '数值（绝对值）', 'Value (magnitude)', Number.isFinite(value) ? Math.abs(value) : '', 'inputmode="decimal"')}
${checkbox('negative', '减少（下降、减少、回落）', 'A fall (negative)', value < 0)}
${select(
  'qualifier',
  '限定',
  'Qualifier',
  Qualifier.options.map((q) => [q, QUALIFIERS[q]] as [string, string]),
  o.qualifier,
)}
${range}${input('mention', '所指数字', 'The number meant (its text)', o.mention ?? '')}
${input('note_zh', '说明', 'Note (zh)', o.note_zh ?? '')}${input('note_en', '英文说明', 'Note (en)', o.note_en ?? '')}</div></details>
<div class="actions">${useSelection('quote')}${button('接受', 'Accept', 'class="primary"')}</div>`,
  );
  const toTarget = ((v.file.tasks as Json[] | undefined) ?? []).length
    ? form(
        'observation.target',
        i,
        `<div class="actions">${button('是任务的目标', "It is a task's target")}</div>`,
        'inline',
      )
    : '';
  const another = form(
    'observation.another',
    i,
    `<div class="actions">${button('同一数字另记一项', 'Another figure from this number')}</div>`,
    'inline',
  );
  const quick = NOT_STATISTIC_REASONS.map(([zh, en]) =>
    form(
      'observation.not-statistic',
      i,
      `<input type="hidden" name="reason_zh" value="${esc(zh)}"><input type="hidden" name="reason" value="${esc(en)}">
<div class="actions">${button(zh, en, 'class="reason"')}</div>`,
      'inline',
    ),
  ).join('');
  const move = `<p class="wide">${bi('不是统计数', 'Not a statistic')}:</p>${quick}<details class="not-stat"><summary>${bi('其他理由', 'Another reason')}</summary>${form(
    'observation.not-statistic',
    i,
    `${input('reason_zh', '理由', 'Why (zh)', '', 'required')}${input('reason', '英文理由', 'Why (en)', '', 'required')}
<div class="actions">${button('移至非统计', 'Move to not-statistics')}</div>`,
  )}</details>`;
  const head = `${esc(o.mention)} = ${esc(o.value)} ${esc(o.unit ?? '')} <span class="en">${esc(o.qualifier)}</span>`;
  const needsOne = !o.indicator && !!o.draft && (!!proposed || !cands);
  return card(
    v,
    `observations[${i}]`,
    o,
    head,
    accept +
      another +
      toTarget +
      newIndicator(
        v,
        `observations[${i}]`,
        proposed,
        {
          unit: o.unit ?? unitOf(o.mention),
          period: [o.period_start, o.period_end],
          candidates: o.indicator_candidates,
        },
        needsOne,
      ) +
      move,
  );
}

function notStatisticCard(v: PanelInput, n: Json, i: number): string {
  const accept = form(
    'not-statistic.accept',
    i,
    `${area('quote', '引文', 'Quote', n.quote, 2)}${input('reason_zh', '理由', 'Reason (zh)', n.reason_zh ?? '', 'required')}${input('reason', '英文理由', 'Reason (en)', n.reason, 'required')}
<div class="actions">${useSelection('quote')}${button('接受', 'Accept', 'class="primary"')}</div>`,
  );
  const toObservation = form(
    'not-statistic.observation',
    i,
    `<div class="actions">${button('是统计数，改为观察值', 'It is a statistic: make it an observation')}</div>`,
    'inline',
  );
  return card(v, `not_statistics[${i}]`, n, esc(n.mention ?? n.quote), accept + toObservation);
}

function taskCard(v: PanelInput, t: Json, i: number, count: number): string {
  const target = t.target as Json | undefined;
  const cuts = sentences(String(t.quote))
    .slice(1)
    .map((r) => String(t.quote).slice(r.start, r.end));
  const targetFields = target
    ? `<p class="wide">${bi('目标', 'Target')}: ${esc(target.mention)} <span class="quote">${esc(target.quote)}</span></p>
${input('target_indicator', '目标指标', 'Target indicator', target.indicator ?? '', 'list="catalogue" required')}
${select('target_comparator', '比较', 'Comparator', COMPARATORS, target.comparator)}
${candidates(v, target.indicator_candidates, 'target_indicator')}`
    : '';
  const accept = form(
    'task.accept',
    i,
    `${input('number', '编号', 'Number', t.number)}${select('type', '类型', 'Type', TYPES, t.type)}
${input('section_zh', '章节', 'Section (zh)', t.section_zh)}${input('section_en', '英文章节', 'Section (en)', t.section_en ?? '')}
${area('summary_zh', '摘要', 'Summary (zh)', t.summary_zh, 2)}${area('summary_en', '英文摘要', 'Summary (en)', t.summary_en ?? '', 2)}
${area('quote', '原文', 'Quote', t.quote, 4)}${dateInput('deadline', '期限', 'Deadline', t.deadline ?? '')}
${input('deadline_quote', '期限原文', 'Passage stating the deadline', t.deadline_quote ?? '')}
<div class="actions">${button('用所选原文作期限原文', 'Use selected text for the deadline', 'type="button" data-fill="deadline_quote"')}</div>
${input('themes', '主题', 'Themes (ids, comma-separated)', ((t.themes as string[] | undefined) ?? []).join(', '), 'class="wide"')}
${themeCandidates(t)}${targetFields}
<div class="actions">${useSelection('quote')}${button('接受', 'Accept', 'class="primary"')}</div>`,
  );
  const more =
    form('task.dismiss', i, `<div class="actions">${button('不是任务', 'Not a task')}</div>`, 'inline') +
    (i + 1 < count
      ? form('task.merge', i, `<div class="actions">${button('与下一条合并', 'Merge with next')}</div>`, 'inline')
      : '') +
    (cuts.length
      ? form(
          'task.split',
          i,
          `${select('second', '从此句拆分', 'Split before this sentence', cuts, '')}<div class="actions">${button('拆分', 'Split')}</div>`,
        )
      : '') +
    (target
      ? newIndicator(
          v,
          `tasks[${i}]`,
          undefined,
          { unit: unitOf(target.mention), candidates: target.indicator_candidates },
          false,
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
  const accept = form(
    'evidence.accept',
    i,
    `<p class="wide quote">${esc(s.quote)} <span class="en">${bi('得分', 'score')} ${esc(s.score)}</span></p>
${area('quote', '证据引文', 'Evidence quote', s.quote, 2)}
${select('status', '进展', 'Status', STATUSES, 'in_progress')}${dateInput('as_of', '截至日期', 'As of', v.entry.date_issued ?? '', 'required')}
${input('rationale_zh', '理由', 'Rationale (zh)', '', 'required')}${input('rationale_en', '英文理由', 'Rationale (en)', '', 'required')}
<div class="actions">${useSelection('quote')}${button('采纳为证据', 'Accept as evidence', 'class="primary"')}</div>`,
  );
  const dismiss = form(
    'evidence.dismiss',
    i,
    `<div class="actions">${button('不相关', 'Not relevant')}</div>`,
    'inline',
  );
  return card(v, `evidence_suggestions[${i}]`, { draft: true }, bi('建议', 'Suggestion'), accept + dismiss);
}

/** Suggestions grouped by the earlier plan's task they bear on, each group folded, "none of these" at its head. */
function evidenceGroups(v: PanelInput, suggestions: Json[]): string[] {
  const groups = new Map<string, number[]>();
  suggestions.forEach((s, i) => groups.set(String(s.task), [...(groups.get(String(s.task)) ?? []), i]));
  return [...groups].map(([taskId, members]) => {
    const task = v.planTasks.get(taskId);
    const first = suggestions[members[0]!]!;
    const best = Math.max(...members.map((i) => Number(suggestions[i]!.score) || 0));
    const none = form(
      'evidence.dismiss',
      members[0]!,
      `<input type="hidden" name="all" value="1"><div class="actions">${button('都不相关', 'None of these', 'class="none-of-these"')}</div>`,
      'inline',
    ).replace('<form ', `<form data-focus="evidence_suggestions-${members[0]}" `);
    return `<details class="group" data-task="${esc(taskId)}"><summary>${esc(first.plan)} · ${esc(task?.number ?? taskId)} ${esc(task?.summary_zh ?? '')} <span class="en">${members.length} ${bi('条', 'suggestions')} · ${bi('最高分', 'best score')} ${best}</span></summary>
${none}${members.map((i) => suggestionCard(v, suggestions[i]!, i)).join('\n')}</details>`;
  });
}

function section(zh: string, en: string, cards: string[], head = '', count = cards.length): string {
  return cards.length ? `<section><h2>${bi(zh, en)} (${count})</h2>${head}${cards.join('\n')}</section>` : '';
}

/** The manifest's fields as the details form labels them. */
const MANIFEST_LABELS: Record<string, [string, string]> = {
  doc_number: ['文号', 'Document number'],
  title_zh: ['标题', 'Title (zh)'],
  title_en: ['英文标题', 'Title (en)'],
  issuer_zh: ['发文机关', 'Issuer (zh)'],
  issuer_en: ['英文发文机关', 'Issuer (en)'],
  kind: ['文件类型', 'Kind'],
  level: ['发文层级', 'Level of the issuer'],
  jurisdiction: ['辖区', 'Place'],
  date_issued: ['印发日期（原文载明者）', 'Date issued (as the text states it)'],
  date_quote: ['载明日期的原文', 'Passage stating the date'],
  period_start: ['规划期起', 'Plan period start'],
  period_end: ['规划期止', 'Plan period end'],
  period_note_zh: ['规划期说明', 'How the period was read (zh)'],
  period_note_en: ['英文规划期说明', 'How the period was read (en)'],
};

/**
 * The fields the draft could not read and left as "TODO", named at the head of the details and marked on their
 * fields: the build refuses a placeholder in any of them, so the curator sees what is left before trying one.
 */
function stillToFill(fields: string[]): string {
  if (!fields.length) return '';
  const names = fields.map((k) => {
    const [zh, en] = MANIFEST_LABELS[k] ?? [k, k];
    return `${esc(zh)} <span class="en">${esc(en)} · ${esc(k)}</span>`;
  });
  return `<p class="wide todo-list" id="still-to-fill" role="note"><strong>${bi('尚待填写', 'Still to fill')}</strong>: ${names.join('、')}</p>`;
}

function manifestForm(v: PanelInput): string {
  const e = v.entry;
  const none = e.doc_number === NO_DOC_NUMBER;
  const todos = placeholderFields(e);
  /** A field of the entry: empty and marked while it holds a placeholder. */
  const field = (k: string, { wide = false, date = false, value = e[k] } = {}) => {
    const [zh, en] = MANIFEST_LABELS[k]!;
    const todo = todos.includes(k);
    const classes = [wide ? 'wide' : '', todo ? 'todo' : ''].filter(Boolean).join(' ');
    const attrs = `${classes ? `class="${classes}"` : ''}${todo ? ' aria-describedby="still-to-fill"' : ''}`;
    return (date ? dateInput : input)(k, zh, en, todo ? '' : (value ?? ''), attrs);
  };
  const choice = (k: string, options: readonly (string | readonly [string, string])[], blank?: string) =>
    select(k, MANIFEST_LABELS[k]![0], MANIFEST_LABELS[k]![1], options, e[k], blank);
  return form(
    'manifest.update',
    null,
    `${stillToFill(todos)}${field('doc_number', { value: none ? '' : e.doc_number })}
${checkbox('no_doc_number', '原文无文号', 'The text has no document number', none)}
${field('title_zh', { wide: true })}${field('title_en')}
${field('issuer_zh')}${field('issuer_en')}
${choice(
  'kind',
  v.kinds.map((k) => [k.id, `${k.name_zh} · ${k.name_en}`] as [string, string]),
  '请选择 choose',
)}
${choice('level', LEVELS, '请选择 choose')}
${choice('jurisdiction', placeOptions(v.jurisdictions))}
${field('date_issued', { date: true })}
${field('date_quote', { wide: true })}
<div class="actions">${useSelection('date_quote')}</div>
${field('period_start', { date: true })}${field('period_end', { date: true })}
${field('period_note_zh')}${field('period_note_en')}
<div class="actions">${button('保存文档信息', 'Save document details', 'class="primary"')}</div>`,
  );
}

function changeForm(v: PanelInput): string {
  const c = v.change;
  if (!c)
    return `<p class="hint">${bi('保存文档信息后，将自动起草本文件的变更记录。', "The document's changelog entry is drafted when its details are saved.")}</p>`;
  return form(
    'changelog.update',
    null,
    `${dateInput('date', '变更日期（发布当天）', 'Date of the change (the day it is published)', c.date)}${select('kind', '类型', 'Kind', ChangeKind.options, c.kind)}
${area('summary_zh', '摘要', 'Summary (zh)', c.summary_zh, 2)}${area('summary_en', '英文摘要', 'Summary (en)', c.summary_en, 2)}
<div class="actions">${button('保存变更记录', 'Save the changelog entry', 'class="primary"')}</div>`,
  );
}

export function panel(v: PanelInput): string {
  const listOf = (n: string) => (v.file[n] as Json[] | undefined) ?? [];
  const general = v.errors.filter((e) => e.file !== v.path || !e.entry);
  const tasks = listOf('tasks');
  const observations = listOf('observations');
  const suggestions = listOf('evidence_suggestions');
  const detailsOpen = placeholderFields(v.entry).length > 0 || !v.change;
  const dismissRest = form(
    'evidence.dismiss-rest',
    null,
    `<div class="actions">${button('全部建议均不相关', 'None of the suggestions is relevant', 'id="dismiss-rest"')}</div>`,
  );
  return `${general.length ? `<section class="errors"><h2>${bi('错误', 'Errors')}</h2><ul>${general.map((e) => `<li>${esc(e.message)}</li>`).join('')}</ul></section>` : ''}
<datalist id="catalogue">${v.indicators.map((i) => `<option value="${esc(i.id)}">${esc(i.name_zh)} · ${esc(i.unit)}</option>`).join('')}</datalist>
<details id="details"${detailsOpen ? ' open' : ''}><summary>${bi('文档信息', 'Document details')}</summary>${manifestForm(v)}</details>
<details id="change"${v.change ? '' : ' open'}><summary>${bi('变更记录', 'Changelog entry')}</summary>${changeForm(v)}</details>
${section(
  '观察值',
  'Observations',
  observations.map((o, i) => observationCard(v, o, i)),
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
${section('证据建议', 'Evidence suggestions', evidenceGroups(v, suggestions), dismissRest, suggestions.length)}`;
}
