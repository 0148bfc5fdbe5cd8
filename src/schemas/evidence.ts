import { z } from 'zod';
import { field } from './describe.ts';
import { provenance } from './provenance.ts';
import { Id } from './vocab.ts';

/** A quote from a later document cited by an assessment. */
export const EvidenceRow = z.strictObject({
  id: field(Id, '证据标识', 'Evidence identifier'),
  assessment_id: field(Id, '评估标识', 'Assessment identifier'),
  task_id: field(Id, '任务标识', 'Task identifier'),
  ...provenance,
  note_zh: field(z.string(), '说明', 'What the passage shows, in Chinese'),
  note_en: field(z.string(), '说明（英文）', 'What the passage shows, in English'),
});
export type EvidenceRow = z.infer<typeof EvidenceRow>;
