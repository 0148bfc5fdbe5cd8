// Which passages of one source the site quotes, and what each numeric mention is used for.
import type { Locale } from '../../shared/locales.ts';
import { pick } from '../../shared/locales.ts';
import { ui } from '../words/ui.ts';
import type { DocumentRow } from '../../schemas/index.ts';
import { group } from 'd3';
import type { SiteData } from '../data/data.ts';
import { perData } from '../data/memo.ts';
import { taskLabels } from '../data/task-label.ts';
import { formatObserved } from './format.ts';
import { anchors, indicatorHref, planHref, taskHref } from '../../shared/addresses.ts';
import type { MentionMark, QuoteMark, RowLink } from './source-markup.ts';
import { shownDocNumber } from '../words/doc-number.ts';

/**
 * Every dataset's rows of each document, and the rows a mention can be used by, indexed once per build: a source
 * page reads its own rows, not every row of the collection (which made the source pages of 10,000 documents cost
 * 10,000 × 10,000 formatted figures).
 */
const indexed = perData((data: SiteData) => {
  const last = <T, K>(rows: readonly T[], key: (r: T) => K) => new Map(rows.map((r) => [key(r), r]));
  return {
    observations: group(data.observations, (o) => o.document_id),
    targets: group(data.targets, (t) => t.document_id),
    tasks: group(data.tasks, (t) => t.document_id),
    evidence: group(data.evidence, (e) => e.document_id),
    taskLinks: group(data.task_links, (l) => l.document_id),
    taskById: last(data.tasks, (t) => t.id),
    targetById: last(data.targets, (t) => t.id),
    // A target's mention names the task that sets it (the last target of a task, as a lookup by task finds it).
    targetByTask: last(data.targets, (t) => t.task_id),
  };
});

export function sourceMarks(
  data: SiteData,
  doc: DocumentRow,
  locale: Locale,
): { quotes: QuoteMark[]; mentions: MentionMark[] } {
  const own = indexed(data);
  const quotes: QuoteMark[] = [];
  const taskById = own.taskById;
  const { marks } = ui(locale);
  const labels = taskLabels(data);
  const taskLabel = (task: { id: string } | undefined) => (task ? labels.get(task.id)![locale] : '');

  const observationLink = (o: SiteData['observations'][number]): RowLink => ({
    href: `${indicatorHref(locale, o.indicator_id)}#${anchors.observation(o.id)}`,
    label: `${pick(locale, o.indicator_zh, o.indicator_en)} ${formatObserved(o, locale)}`,
  });
  const targetLink = (t: SiteData['targets'][number]): RowLink => {
    const task = taskById.get(t.task_id);
    return {
      href: `${planHref(locale, task?.document_id ?? t.document_id)}#${anchors.target(t.id)}`,
      label: marks.target(taskLabel(task)),
    };
  };
  for (const o of own.observations.get(doc.id) ?? [])
    quotes.push({ start: o.quote_start, end: o.quote_end, rows: [observationLink(o)] });
  for (const t of own.targets.get(doc.id) ?? [])
    quotes.push({ start: t.quote_start, end: t.quote_end, rows: [targetLink(t)] });
  for (const t of own.tasks.get(doc.id) ?? []) {
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
  for (const e of own.evidence.get(doc.id) ?? []) {
    const task = taskById.get(e.task_id);
    if (!task) throw new Error(`evidence ${e.id} cites unknown task ${e.task_id}`);
    quotes.push({
      start: e.quote_start,
      end: e.quote_end,
      rows: [
        {
          href: `${planHref(locale, task.document_id)}#${anchors.task(task.id)}`,
          label: marks.evidence(shownDocNumber(task.doc_number, locale), taskLabel(task)),
        },
      ],
    });
  }
  /** The row a mention is used by: a target or an observation by its id, else the target a task sets. */
  const usedBy = (id: string): RowLink | undefined => {
    const target = own.targetById.get(id);
    if (target) return targetLink(target);
    const observation = data.observationById.get(id);
    if (observation) return observationLink(observation);
    const set = own.targetByTask.get(id);
    return set ? targetLink(set) : undefined;
  };
  // A lineage link quotes the later plan's passage: it leads back to the later task's page.
  for (const l of own.taskLinks.get(doc.id) ?? []) {
    const from = taskById.get(l.from);
    if (!from) throw new Error(`task link ${l.id} continues unknown task ${l.from}`);
    quotes.push({
      start: l.quote_start,
      end: l.quote_end,
      rows: [
        {
          href: taskHref(locale, l.to),
          label: ui(locale).promise.lineageMark(shownDocNumber(from.doc_number, locale), from.number),
        },
      ],
    });
  }

  const mentions: MentionMark[] = (data.mentionsByDocument.get(doc.id) ?? []).map((m) => {
    if ((m.use === 'observation' || m.use === 'target') && m.used_by) {
      const row = usedBy(m.used_by);
      if (!row)
        throw new Error(`mention ${m.id} is used by ${m.used_by}, which no observation or target has as its id`);
      return { start: m.start, end: m.end, row, title: row.label };
    }
    return { start: m.start, end: m.end, title: pick(locale, m.reason_zh, m.reason) || marks.notStatistic };
  });
  return { quotes, mentions };
}
