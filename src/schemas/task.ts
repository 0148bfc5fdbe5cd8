import { z } from 'zod';
import { field } from './describe.ts';
import { provenance } from './provenance.ts';
import { Id, IsoDate, TaskType } from './vocab.ts';

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
  deadline: field(IsoDate.nullable(), '截止日期', 'Due date, where the text states one'),
  ...provenance,
});
export type TaskRow = z.infer<typeof TaskRow>;
