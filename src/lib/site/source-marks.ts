// Which passages of one source the site quotes, and what each numeric mention is used for.
import type { Locale } from '../../i18n/locales.ts';
import { pick } from '../../i18n/locales.ts';
import { ui } from '../../i18n/ui.ts';
import type { DocumentRow } from '../../schemas/index.ts';
import type { SiteData } from './data.ts';
import { taskLabels } from './task-label.ts';
import { formatObserved } from '../../i18n/format.ts';
import { anchors, indicatorHref, planHref, taskHref } from './paths.ts';
import type { MentionMark, QuoteMark, RowLink } from './source-markup.ts';

export function sourceMarks(
  data: SiteData,
  doc: DocumentRow,
  locale: Locale,
): { quotes: QuoteMark[]; mentions: MentionMark[] } {
  const links = new Map<string, RowLink>();
  const quotes: QuoteMark[] = [];
  const taskById = new Map(data.tasks.map((t) => [t.id, t]));
  const { marks } = ui(locale);
  const labels = taskLabels(data);
  const taskLabel = (task: { id: string } | undefined) => (task ? labels.get(task.id)![locale] : '');

  for (const o of data.observations) {
    const link = {
      href: `${indicatorHref(locale, o.indicator_id)}#${anchors.observation(o.id)}`,
      label: `${pick(locale, o.indicator_zh, o.indicator_en)} ${formatObserved(o, locale)}`,
    };
    links.set(o.id, link);
    if (o.document_id === doc.id) quotes.push({ start: o.quote_start, end: o.quote_end, rows: [link] });
  }
  for (const t of data.targets) {
    const task = taskById.get(t.task_id);
    const link = {
      href: `${planHref(locale, task?.document_id ?? t.document_id)}#${anchors.target(t.id)}`,
      label: marks.target(taskLabel(task)),
    };
    links.set(t.id, link);
    // A target's mention names the task that sets it.
    links.set(`task:${t.task_id}`, link);
    if (t.document_id === doc.id) quotes.push({ start: t.quote_start, end: t.quote_end, rows: [link] });
  }
  for (const t of data.tasks) {
    if (t.document_id !== doc.id) continue;
    quotes.push({
      start: t.quote_start,
      end: t.quote_end,
      rows: [
        {
          href: `${planHref(locale, t.document_id)}#${anchors.task(t.id)}`,
          label: taskLabel(t),
        },
      ],
    });
  }
  for (const e of data.evidence) {
    if (e.document_id !== doc.id) continue;
    const task = taskById.get(e.task_id);
    if (!task) throw new Error(`evidence ${e.id} cites unknown task ${e.task_id}`);
    quotes.push({
      start: e.quote_start,
      end: e.quote_end,
      rows: [
        {
          href: `${planHref(locale, task.document_id)}#${anchors.task(task.id)}`,
          label: marks.evidence(task.doc_number, taskLabel(task)),
        },
      ],
    });
  }
  // A lineage link quotes the later plan's passage: it leads back to the later task's page.
  for (const l of data.task_links) {
    if (l.document_id !== doc.id) continue;
    const from = taskById.get(l.from);
    if (!from) throw new Error(`task link ${l.id} continues unknown task ${l.from}`);
    quotes.push({
      start: l.quote_start,
      end: l.quote_end,
      rows: [{ href: taskHref(locale, l.to), label: ui(locale).promise.lineageMark(from.doc_number, from.number) }],
    });
  }

  const mentions: MentionMark[] = (data.mentionsByDocument.get(doc.id) ?? []).map((m) => {
    if ((m.use === 'observation' || m.use === 'target') && m.used_by) {
      const row = links.get(m.used_by) ?? links.get(`task:${m.used_by}`);
      if (!row)
        throw new Error(`mention ${m.id} is used by ${m.used_by}, which no observation or target has as its id`);
      return { start: m.start, end: m.end, row, title: row.label };
    }
    return { start: m.start, end: m.end, title: pick(locale, m.reason_zh, m.reason) || marks.notStatistic };
  });
  return { quotes, mentions };
}
