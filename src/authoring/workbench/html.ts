// Small HTML helpers for the workbench pages (server-rendered; the client script only submits forms).
import { escapeMarkup } from '../../shared/markup.ts';

export const esc = (v: unknown) => escapeMarkup(v === undefined || v === null ? '' : String(v));

/** A label in Chinese with its English beside it. */
export const bi = (zh: string, en: string) => `${esc(zh)} <span class="en">${esc(en)}</span>`;

export function input(name: string, zh: string, en: string, value: unknown, attrs = ''): string {
  return `<label>${bi(zh, en)}<input name="${name}" value="${esc(value)}" ${attrs}></label>`;
}

export function area(name: string, zh: string, en: string, value: unknown, rows = 3): string {
  return `<label>${bi(zh, en)}<textarea name="${name}" rows="${rows}">${esc(value)}</textarea></label>`;
}

export function select(name: string, zh: string, en: string, options: readonly string[], value: unknown): string {
  const opts = options.map((o) => `<option${o === value ? ' selected' : ''}>${esc(o)}</option>`).join('');
  return `<label>${bi(zh, en)}<select name="${name}">${opts}</select></label>`;
}

export function button(zh: string, en: string, attrs = ''): string {
  return `<button ${attrs}>${bi(zh, en)}</button>`;
}

/** A form the client script submits as one operation. */
export function form(op: string, index: number | null, body: string, cls = ''): string {
  const idx = index === null ? '' : ` data-index="${index}"`;
  return `<form class="op ${cls}" data-op="${op}"${idx}>${body}<p class="msg" role="status"></p></form>`;
}

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=1280">
<title>${esc(title)}</title><link rel="stylesheet" href="/workbench.css"><script type="module" src="/workbench.js"></script>
</head><body>${body}</body></html>`;
}
