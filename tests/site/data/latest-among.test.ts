// A page that shows one figure of several (an indicator's cited figure, its share card) takes the latest by the data
// build's own rule: the newest period end, then the later start, then the document issued later; never a sort of
// its own that breaks ties by the rows' order.
import { describe, expect, it } from 'vitest';
import { latestAmong } from '../../../src/site/data/latest.ts';
import type { SiteData } from '../../../src/site/data/data.ts';
import type { ObservationRow } from '../../../src/schemas/index.ts';

const data = {
  documents: [
    { id: 'early', date_issued: '2024-01-10' },
    { id: 'late', date_issued: '2024-03-01' },
  ],
} as unknown as SiteData;
const row = (id: string, document_id: string, period_start: string, period_end: string) =>
  ({ id, document_id, period_start, period_end }) as ObservationRow;

describe('latestAmong', () => {
  it('takes the newest period end, then the shorter (later-starting) period, then the later document', () => {
    const year = row('a', 'late', '2023-01-01', '2023-12-31');
    const half = row('b', 'early', '2023-07-01', '2023-12-31');
    expect(latestAmong(data, [half, year])!.id).toBe('b');
    expect(latestAmong(data, [year, half])!.id).toBe('b');
    const restatedEarly = row('c', 'early', '2023-01-01', '2023-12-31');
    expect(latestAmong(data, [year, restatedEarly])!.id).toBe('a');
    expect(latestAmong(data, [restatedEarly, year])!.id).toBe('a');
    expect(latestAmong(data, [])).toBeUndefined();
  });
});
