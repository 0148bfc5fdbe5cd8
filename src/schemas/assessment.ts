import { z } from 'zod';
import { field } from './describe.ts';
import { docNumberField, Id, IsoDate, Status } from './vocab.ts';

/** Where one task stands, as of a date. A task has one or more, oldest first; the newest is its status now. */
export const AssessmentRow = z.strictObject({
  id: field(Id, '评估标识', 'Assessment identifier'),
  task_id: field(Id, '任务标识', 'Task identifier'),
  plan_id: field(Id, '规划文档标识', 'Id of the plan document'),
  plan_doc_number: docNumberField(z.string(), '规划文号', 'Document number of the plan'),
  status: field(Status, '进展状态', 'Status: achieved, in_progress, carried_over, no_evidence, not_achieved'),
  computed: field(z.boolean(), '是否由观测值计算得出', 'True when the status is computed from observations'),
  as_of: field(IsoDate, '评估截至日期', 'Date the assessment is as of'),
  latest: field(z.boolean(), '是否为该任务的最新评估', "True for the task's newest assessment, its status now"),
  rationale_zh: field(z.string(), '理由', 'Rationale in Chinese'),
  rationale_en: field(z.string(), '理由（英文）', 'Rationale in English'),
  evidence_count: field(z.number().int().nonnegative(), '证据条数', 'Number of evidence quotes'),
  latest_observation_id: field(
    Id.nullable(),
    '量化目标所依据的最新观测值标识（规划辖区内、规划发布后；其他任务为空）',
    "For a quantitative target: the latest observation its computed status reads (the plan's jurisdiction, after the plan); empty otherwise",
  ),
});
export type AssessmentRow = z.infer<typeof AssessmentRow>;
