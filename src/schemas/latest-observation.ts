import { z } from 'zod';
import { field } from './describe.ts';
import { docNumberField, Id, IsoDate, Qualifier } from './vocab.ts';

/**
 * The latest observation of one indicator in one jurisdiction: the row every "latest figure" on the site reads.
 * Latest means the newest period end; on a tie, the later period start (the shorter period), then the source issued
 * later, then the greater observation id.
 */
export const LatestObservationRow = z.strictObject({
  id: field(Id, '标识（指标标识-辖区标识）', 'Identifier (indicator id-jurisdiction id)'),
  indicator_id: field(Id, '指标标识', 'Indicator identifier'),
  jurisdiction: field(Id, '辖区标识（见 jurisdictions）', 'Jurisdiction identifier (see jurisdictions)'),
  observation_id: field(
    Id,
    '最新观测值标识：统计期截止日最晚者；相同时取起始日较晚者，再取发文较晚者，再取标识较大者',
    'The latest observation: newest period end; on a tie the later period start, then the later source, then the greater id',
  ),
  period_start: field(IsoDate, '统计期起始日', 'First day of the period the number covers'),
  period_end: field(IsoDate, '统计期截止日', 'Last day of the period the number covers'),
  value: field(z.number(), '数值', 'Value'),
  unit: field(z.string(), '单位', 'Unit'),
  qualifier: field(Qualifier, '限定语', 'Qualifier'),
  doc_number: docNumberField(z.string(), '来源文号', 'Document number of the source'),
  observations: field(
    z.number().int().positive(),
    '该指标在该辖区的观测值个数',
    'Number of observations of the indicator in the jurisdiction',
  ),
});
export type LatestObservationRow = z.infer<typeof LatestObservationRow>;
