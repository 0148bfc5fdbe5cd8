import type { AnnotationFile, TaskLinkAnnotation, TaskLinkRow, TaskRow } from '../../schemas/index.ts';
import { planDate } from '../sources/sources.ts';
import { DataError, entryName } from '../../shared/errors.ts';
import type { Source } from '../sources/sources.ts';
import { locate, type AnnotationContext } from './context.ts';

/** A curated link with where it was written, resolved once every plan's tasks are known. */
export interface PendingTaskLink {
  file: string;
  entry: string;
  source: Source;
  link: TaskLinkAnnotation;
}

/** Task-links pass: each link kept pending, since the task it continues may sit in a file read later. */
export function collectTaskLinks(
  ctx: AnnotationContext,
  file: string,
  source: Source,
  list: AnnotationFile['task_links'],
): void {
  list.forEach((link, i) => ctx.taskLinks.push({ file, entry: entryName('task_links', i), source, link }));
}

type TaskPlace = Pick<TaskRow, 'id' | 'document_id' | 'quote_start' | 'quote_end'>;

/**
 * Check each link (a task of this file's plan carrying on a task of an earlier plan, shown by a passage of the later
 * task) and publish it with the passage located.
 */
export function resolveTaskLinks(
  pending: readonly PendingTaskLink[],
  tasks: readonly TaskPlace[],
  sources: ReadonlyMap<string, Source>,
): TaskLinkRow[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const seen = new Set<string>();
  return pending.map(({ file, entry, source, link }) => {
    const to = byId.get(link.to);
    if (!to || to.document_id !== source.entry.id)
      throw new DataError(
        file,
        entry,
        `"to" names "${link.to}", which is not a task of ${source.entry.id}`,
        'write the link in the annotation file of the later plan, with "to" one of its tasks',
      );
    const from = byId.get(link.from);
    if (!from)
      throw new DataError(file, entry, `unknown task "${link.from}"`, 'use the id of a task of an earlier plan');
    const fromPlan = sources.get(from.document_id)!;
    const fromDate = planDate(fromPlan);
    const toDate = planDate(source);
    if (!fromDate || !toDate || fromDate >= toDate)
      throw new DataError(
        file,
        entry,
        `"${link.from}" is in ${fromPlan.entry.id} (${fromDate ?? 'undated'}), which is not earlier than ${source.entry.id} (${toDate ?? 'undated'})`,
        'link a task to one of an earlier plan',
      );
    const id = `${link.from}--${link.to}`;
    if (seen.has(id)) throw new DataError(file, entry, `the link ${id} is listed twice`, 'keep one');
    seen.add(id);
    const span = locate(source, link.quote, file, entry);
    if (span.start < to.quote_start || span.end > to.quote_end)
      throw new DataError(
        file,
        entry,
        `the quote is not part of the text of task "${link.to}"`,
        `quote the passage of "${link.to}" that carries on "${link.from}"`,
      );
    return {
      id,
      from: link.from,
      to: link.to,
      kind: link.kind,
      document_id: source.entry.id,
      doc_number: source.entry.doc_number,
      quote: link.quote,
      quote_start: span.start,
      quote_end: span.end,
    };
  });
}
