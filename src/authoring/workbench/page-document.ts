// A document's page: its text with every number marked by state (the site's own source markup), and beside it the
// review panel.
import { extractMentions } from '../../pipeline/extract/index.ts';
import { markUpSource, type MentionMark } from '../../site/formats/source-markup.ts';
import { DRAFT_MARK, type CheckResult } from './check.ts';
import { bi, esc, page } from './html.ts';
import { panel, type PanelInput } from './panel.ts';
import { draftCount } from './page-start.ts';

type Json = Record<string, unknown>;

export interface DocumentView extends PanelInput {
  entry: Json;
  text: string;
  check: CheckResult;
  token: string;
  /** The files the page is drawn from and their versions, which every save sends back. */
  versions: Record<string, string>;
}

/** A drafted manifest entry has no title yet. */
export const title = (entry: Json) => (entry.title_zh === 'TODO' ? '（未填标题 untitled）' : String(entry.title_zh));

const anchor = (where: string) => `#${where.replace(/\[(\d+)\]/u, '-$1')}`;

function marks(v: DocumentView): MentionMark[] {
  const obs = ((v.file.observations as Json[] | undefined) ?? []).map((o) => o.id);
  const tasks = ((v.file.tasks as Json[] | undefined) ?? []).map((t) => t.id);
  if (v.check.mentions.length) {
    return v.check.mentions
      .filter((m) => m.use !== 'not_statistic_kind')
      .map((m) => {
        const base = { start: m.start, end: m.end };
        if (m.use === 'observation')
          return {
            ...base,
            row: { href: `#observations-${obs.indexOf(m.used_by)}`, label: '' },
            title: `观察值 observation ${m.used_by}`,
          };
        if (m.use === 'target') {
          const i = tasks.findIndex((t) => m.used_by === t);
          return { ...base, row: { href: `#tasks-${i}`, label: '' }, title: `目标 target ${m.used_by}` };
        }
        if (m.reason.startsWith(DRAFT_MARK))
          return {
            ...base,
            row: { href: anchor(m.reason.slice(DRAFT_MARK.length)), label: '' },
            title: '草稿 draft: 待核对 to review',
          };
        return { ...base, title: `非统计 not a statistic: ${m.reason}` };
      });
  }
  return extractMentions(v.text)
    .filter((m) => ['quantity', 'money', 'percent'].includes(m.kind))
    .map((m) => ({ start: m.start, end: m.end, title: '检查未通过，状态未知 state unknown until the checks pass' }));
}

/** Give each mark its state as a class: the site's markup knows used and muted; the workbench also shows drafts. */
function stateClasses(html: string, failed: boolean): string {
  return html
    .replace(
      /<a class="m m-used([^"]*)" href="([^"]+)" title="草稿/gu,
      '<a class="m m-used draft$1" href="$2" title="草稿',
    )
    .replace(
      /<a class="m m-used([^"]*)" href="([^"]+)" title="观察值/gu,
      '<a class="m m-used reviewed$1" href="$2" title="观察值',
    )
    .replace(
      /<span class="m m-muted([^"]*)" title="检查未通过/gu,
      failed ? '<span class="m m-muted unaccounted$1" title="检查未通过' : '$&',
    );
}

export function documentPage(v: DocumentView): string {
  const markup = markUpSource(v.text, [], marks(v), '');
  const c = v.check.coverage[0];
  const drafts = draftCount(v.check);
  const coverage = c
    ? `${bi('已核对', 'accounted')} ${c.mentions - drafts} / ${c.mentions} · ${bi('草稿', 'draft')} ${drafts}`
    : bi('覆盖率待检查通过后显示', 'coverage shows once the checks pass');
  return page(
    `${title(v.entry)} · 整理台`,
    `<header><h1><a href="/?token=${esc(v.token)}">${bi('整理台', 'Workbench')}</a> › ${esc(title(v.entry))} <span class="en">${esc(v.entry.id)}</span></h1>
<span id="coverage">${coverage}</span><span id="status" role="status"></span></header>
<main class="doc"><article id="text" lang="zh-CN" aria-label="原文 Source text">${stateClasses(markup.html, !v.check.mentions.length)}</article>
<aside id="panel" aria-label="核对 Review">
<p class="legend"><span class="l-obs">观察值 observation</span><span class="l-target">目标 target</span><span class="l-draft">草稿 draft</span><span class="l-ns">非统计 not a statistic</span><span class="l-unacc">未核对 unaccounted</span></p>
${panel(v)}</aside></main>`,
    v.versions,
  );
}
