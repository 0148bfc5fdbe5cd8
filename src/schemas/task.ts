import { z } from 'zod';
import { field } from './describe.ts';
import { provenance } from './provenance.ts';
import { Id, IsoDate, Status, TaskType } from './vocab.ts';

/** One commitment of a plan. */
export const TaskRow = z.strictObject({
  id: field(Id, '任务标识', 'Task identifier'),
  number: field(z.string(), '任务序号', 'Task number as printed'),
  section_zh: field(z.string(), '所属部分', 'Section heading in Chinese'),
  section_en: field(z.string(), '所属部分（英文）', 'Section heading in English'),
  summary_zh: field(z.string(), '任务摘要', 'Summary in Chinese'),
  summary_en: field(z.string(), '任务摘要（英文）', 'Summary in English'),
  type: field(
    TaskType,
    '任务类型：quantitative 量化、milestone 节点、qualitative 定性',
    'Task type: quantitative, milestone or qualitative',
  ),
  deadline: field(
    IsoDate,
    '截止日期：原文载明的期限，否则为规划期末',
    'Due date: the one the text states, otherwise the end of the plan period',
  ),
  deadline_inferred: field(
    z.boolean(),
    '截止日期是否为推定（原文未载明，取规划期末）',
    'True when the text states no deadline and the end of the plan period is used',
  ),
  status: field(Status, '最新进展状态', 'Latest status (that of the newest assessment)'),
  status_as_of: field(IsoDate, '最新状态截至日期', 'Date the latest status is as of'),
  ...provenance,
});
export type TaskRow = z.infer<typeof TaskRow>;

/** A task as its annotation defines it, before its assessments give it a status. */
export type TaskDraft = Omit<TaskRow, 'status' | 'status_as_of'>;
