import { isPlan, type AnnotationFile, type TaskDraft } from '../../schemas/index.ts';
import { DataError, entryName } from '../../shared/errors.ts';
import type { Source } from '../sources/sources.ts';
import { taskThemes } from './themes.ts';
import { claimId, locate, quoteFields, type AnnotationContext } from './context.ts';
import { taskDeadline } from './deadlines.ts';

/**
 * Tasks pass: each commitment of a plan located in it and checked for the shape its type needs. Targets wait in
 * the context for the targets pass; returns the ids of this file's tasks (its assessments may only name those).
 */
export function resolveTasks(
  ctx: AnnotationContext,
  file: string,
  source: Source,
  list: AnnotationFile['tasks'],
): Set<string> {
  const taskIds = new Set<string>();
  list.forEach((t, i) => {
    const entry = entryName('tasks', i, t.id);
    claimId(ctx, 'task', t.id, file, entry);
    taskIds.add(t.id);
    if (!isPlan(ctx.kinds, source.entry.kind))
      throw new DataError(
        file,
        entry,
        `${source.entry.file} is a ${source.entry.kind}, not a plan`,
        'move the task to the annotation file of the plan that sets it',
      );
    if (t.type === 'quantitative' && !t.target)
      throw new DataError(
        file,
        entry,
        'a quantitative task has no target',
        'add a target (indicator, comparator, quote, and a value, baseline or reference) or change the type',
      );
    if (t.type !== 'quantitative' && t.target)
      throw new DataError(
        file,
        entry,
        `a ${t.type} task has a target`,
        'set type to "quantitative" or remove the target',
      );
    const due = taskDeadline(t, source, file, entry);
    if (t.deadline_quote) locate(source, t.deadline_quote, file, `${entry}.deadline_quote`);
    ctx.taskThemes.push(...taskThemes(ctx.themes, t, source.entry.id, file, entry));
    const span = locate(source, t.quote, file, entry);
    const row: TaskDraft = {
      id: t.id,
      number: t.number,
      section_zh: t.section_zh,
      section_en: t.section_en,
      summary_zh: t.summary_zh,
      summary_en: t.summary_en,
      type: t.type,
      ...due,
      ...quoteFields(source, t.quote, span),
    };
    ctx.tasks.push(row);
    if (t.target)
      ctx.pendingTargets.push({ file, entry: `${entry}.target`, plan: source, task: row, target: t.target });
  });
  return taskIds;
}
