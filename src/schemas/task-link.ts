import { z } from 'zod';
import { field } from './describe.ts';
import { provenance } from './provenance.ts';
import { Id, TaskLinkKind } from './vocab.ts';

/** A task of a later plan that carries on a task of an earlier one; the quote is the later plan's passage. */
export const TaskLinkRow = z.strictObject({
  id: field(z.string(), '标识（前任务标识--后任务标识）', 'Identifier (earlier task id--later task id)'),
  from: field(Id, '前一规划中的任务标识', 'Task id in the earlier plan'),
  to: field(Id, '后一规划中延续它的任务标识', 'Id of the task of the later plan that carries it on'),
  kind: field(TaskLinkKind, '关系：continues 延续', 'Relation: continues (carries on all or part of its work)'),
  ...provenance,
});
export type TaskLinkRow = z.infer<typeof TaskLinkRow>;
