import { describe, expect, it } from 'vitest';
import { buildDatasets } from '../../../src/pipeline/pipeline.ts';
import { latestObservations } from '../../../src/pipeline/assess/latest.ts';
import type { ObservationRow } from '../../../src/schemas/index.ts';
import { fixture } from '../fixture.ts';

const base = buildDatasets(fixture()).datasets.observations.find((o) => o.id === 'workstations-2023-08')!;
const obs = (id: string, over: Partial<ObservationRow>): ObservationRow => ({ ...base, id, ...over });
const issued = new Map([
  ['early', '2023-03-01'],
  ['late', '2024-03-01'],
]);
const latestId = (rows: ObservationRow[]) => latestObservations(rows, issued).map((r) => r.observation_id);

describe('latest observation per indicator and jurisdiction, decided once', () => {
  it('is the newest period end, one row per place, with the count of candidates', () => {
    const rows = [
      obs('a', { period_end: '2023-06-30' }),
      obs('b', { period_end: '2023-12-31' }),
      obs('c', { period_end: '2022-12-31', jurisdiction: 'shanghai-jingan' }),
    ];
    expect(latestObservations(rows, issued).map((r) => [r.id, r.observation_id, r.observations])).toEqual([
      ['rights-assistance-workstations-shanghai', 'b', 2],
      ['rights-assistance-workstations-shanghai-jingan', 'c', 1],
    ]);
  });

  it('breaks a tie on period end by the later period start, then the later source, then the id', () => {
    const end = { period_end: '2023-12-31' };
    expect(
      latestId([
        obs('year', { ...end, period_start: '2023-01-01' }),
        obs('half', { ...end, period_start: '2023-07-01' }),
      ]),
    ).toEqual(['half']);
    const same = { ...end, period_start: '2023-01-01' };
    expect(latestId([obs('z', { ...same, document_id: 'early' }), obs('a', { ...same, document_id: 'late' })])).toEqual(
      ['a'],
    );
    expect(latestId([obs('x', { ...same, document_id: 'late' }), obs('y', { ...same, document_id: 'late' })])).toEqual([
      'y',
    ]);
  });

  it('is what the computed status of a target reads, published on its assessment', () => {
    const { datasets } = buildDatasets(fixture());
    const t1 = datasets.assessments.find((a) => a.task_id === 't1')!;
    expect(t1.latest_observation_id).toBe('workstations-2023-08');
    expect(datasets.assessments.find((a) => a.task_id === 't2')!.latest_observation_id).toBeNull();
    expect(datasets.latest_observations.find((l) => l.indicator_id === 'rights-assistance-workstations')).toMatchObject(
      {
        observation_id: 'workstations-2023-08',
        observations: 2,
      },
    );
  });
});
