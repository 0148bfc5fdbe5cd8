// Small HTML helpers for the workbench pages (server-rendered; the client script only submits forms).
import { escapeMarkup } from '../../shared/markup.ts';
import { DATE_FORMS } from './dates.ts';

export const esc = (v: unknown) => escapeMarkup(v === undefined || v === null ? '' : String(v));

/** A label in Chinese with its English beside it. */
export const bi = (zh: string, en: string) => `${esc(zh)} <span class="en">${esc(en)}</span>`;

export function input(name: string, zh: string, en: string, value: unknown, attrs = ''): string {
  return `<label>${bi(zh, en)}<input name="${name}" value="${esc(value)}" ${attrs}></label>`;
}

/** A date typed as 2024-01-18 or 2024年1月18日: a text field, since a date picker takes neither as typed. */
export function dateInput(name: string, zh: string, en: string, value: unknown, attrs = ''): string {
  return input(name, zh, en, value, `placeholder="${esc(DATE_FORMS)}" autocomplete="off" ${attrs}`);
}

export function area(name: string, zh: string, en: string, value: unknown, rows = 3): string {
  return `<label>${bi(zh, en)}<textarea name="${name}" rows="${rows}">${esc(value)}</textarea></label>`;
}

export function checkbox(name: string, zh: string, en: string, checked: boolean, attrs = ''): string {
  return `<label class="check"><input type="checkbox" name="${name}" value="1"${checked ? ' checked' : ''} ${attrs}>${bi(zh, en)}</label>`;
}

/** A choice among options, each a value or a [value, label] pair; `blank` adds an empty first choice. */
export function select(
  name: string,
  zh: string,
  en: string,
  options: readonly (string | readonly [string, string])[],
  value: unknown,
  blank?: string,
): string {
  const opts = options
    .map((o) => (typeof o === 'string' ? [o, o] : o))
    .map(([v, l]) => `<option value="${esc(v)}"${v === value ? ' selected' : ''}>${esc(l)}</option>`)
    .join('');
  const empty = blank === undefined ? '' : `<option value="">${esc(blank)}</option>`;
  return `<label>${bi(zh, en)}<select name="${name}">${empty}${opts}</select></label>`;
}

export function button(zh: string, en: string, attrs = ''): string {
  return `<button ${attrs}>${bi(zh, en)}</button>`;
}

/** A form the client script submits as one operation. */
export function form(op: string, index: number | null, body: string, cls = ''): string {
  const idx = index === null ? '' : ` data-index="${index}"`;
  return `<form class="op ${cls}" data-op="${op}"${idx}>${body}<div class="msg" role="status"></div></form>`;
}

/** A page; `versions` are the files it was drawn from, which every write sends back. */
export function page(title: string, body: string, versions: Record<string, string> = {}): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=1280">
<title>${esc(title)}</title><link rel="stylesheet" href="/workbench.css"><script type="module" src="/workbench.js"></script>
</head><body data-versions="${esc(JSON.stringify(versions))}">${body}</body></html>`;
}
