import type { TaskAnnotation } from '../../schemas/index.ts';
import { DataError } from '../../shared/errors.ts';
import type { Source } from '../sources/sources.ts';

/**
 * A task's deadline, by one rule for every task: the date the text states (with the passage that states it), or
 * else the end of the plan period, marked as inferred.
 */
export function taskDeadline(
  task: Pick<TaskAnnotation, 'deadline' | 'deadline_quote' | 'type'>,
  plan: Source,
  file: string,
  entry: string,
): { deadline: string; deadline_inferred: boolean } {
  if (task.deadline !== undefined && task.deadline_quote === undefined)
    throw new DataError(
      file,
      entry,
      `deadline ${task.deadline} has no deadline_quote`,
      'add deadline_quote, the passage that states the deadline; if the text states none, remove deadline (the plan period end is used)',
    );
  if (task.deadline === undefined && task.deadline_quote !== undefined)
    throw new DataError(file, entry, 'deadline_quote without a deadline', 'add the deadline it states, or remove it');
  if (task.type === 'milestone' && task.deadline === undefined)
    throw new DataError(file, entry, 'a milestone has no deadline', 'add the deadline the text states');
  if (task.deadline !== undefined) return { deadline: task.deadline, deadline_inferred: false };
  const end = plan.entry.period_end;
  if (!end)
    throw new DataError(
      file,
      entry,
      `the text states no deadline and ${plan.entry.file} has no plan period`,
      'record the period the plan covers in data/sources/manifest.json, or add the deadline the text states',
    );
  return { deadline: end, deadline_inferred: true };
}
