import { describe, expect, it } from 'vitest';
import { derive } from '../../../src/pipeline/derive/derive.ts';
import { halfUnit } from '../../../src/pipeline/derive/precision.ts';
import { loadSources, type Source } from '../../../src/pipeline/sources/sources.ts';
import type { ObservationRow } from '../../../src/schemas/index.ts';
import { fixture } from '../fixture.ts';

const sources = loadSources(fixture(), '2024-12-31');
const [planSource, replySource] = sources as [Source, Source];
// Two documents of one place: the fixture's reply, and a later report that restates its figures (test sample).
const later: Source = { ...replySource, entry: { ...replySource.entry, id: 'test-report', date_issued: '2024-02-01' } };
const plans = new Map([planSource, replySource, later].map((s) => [s.entry.id, s]));

function obs(id: string, indicator: string, value: number, mention: string, document_id: string): ObservationRow {
  return {
    id,
    indicator_id: indicator,
    indicator_zh: indicator,
    indicator_en: indicator,
    jurisdiction: 'shanghai',
    period_start: '2022-01-01',
    period_end: '2022-12-31',
    value,
    unit: indicator.endsWith('rate') || indicator.endsWith('growth') ? '%' : indicator === 'amount' ? '元' : '件',
    unit_en: 'cases',
    qualifier: 'exact',
    mention_text: mention,
    document_id,
    doc_number: document_id,
    quote: mention,
    quote_start: 0,
    quote_end: 1,
    note_zh: '',
    note_en: '',
  };
}

const figures = {
  rates: [
    {
      id: 'closure',
      numerator: 'closed',
      denominator: 'accepted',
      reported: 'closure-rate',
      label_zh: '结案率',
      label_en: 'Closure rate',
    },
  ],
  implied_baselines: [
    { id: 'amount-prior', value: 'amount', growth: 'amount-growth', label_zh: '上年', label_en: 'Prior year' },
  ],
};

describe('derive', () => {
  it('files a rate under its own rate indicator, and checks it against the stated rate', () => {
    const rows = derive(
      [
        obs('a1', 'accepted', 100, '100件', 'test-reply'),
        obs('c1', 'closed', 95, '95件', 'test-reply'),
        obs('r1', 'closure-rate', 95, '95%', 'test-reply'),
      ],
      [],
      plans,
      figures,
    );
    expect(rows).toEqual([
      expect.objectContaining({
        id: 'closure-2022-2022-shanghai',
        indicator_id: 'closure-rate',
        value: 95,
        value_low: 95,
        value_high: 95,
        reported_observation_id: 'r1',
        agrees: true,
      }),
    ]);
  });

  it('derives a figure restated by a second document of the same place once per source, with distinct ids', () => {
    const rows = derive(
      [
        obs('a1', 'accepted', 100, '100件', 'test-reply'),
        obs('c1', 'closed', 95, '95件', 'test-reply'),
        obs('a2', 'accepted', 100, '100件', 'test-report'),
        obs('c2', 'closed', 96, '96件', 'test-report'),
        obs('r2', 'closure-rate', 96, '96%', 'test-report'),
      ],
      [],
      plans,
      figures,
    );
    // The one stated rate is checked against both: the reader sees the earlier source disagree with it.
    expect(rows.map((r) => [r.id, r.inputs, r.value, r.reported_observation_id, r.agrees])).toEqual([
      ['closure-2022-2022-shanghai', 'c1 a1', 95, 'r2', false],
      ['closure-2022-2022-shanghai-test-report', 'c2 a2', 96, 'r2', true],
    ]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('gives an implied baseline the range its rounded inputs allow', () => {
    const rows = derive(
      [obs('v', 'amount', 2.9e8, '2.9亿元', 'test-reply'), obs('g', 'amount-growth', 94.5, '94.5%', 'test-reply')],
      [],
      plans,
      figures,
    );
    const [row] = rows;
    expect(row!.id).toBe('amount-prior-2021-shanghai');
    expect(row!.value).toBeCloseTo(2.9e8 / 1.945);
    expect(row!.value_low).toBeCloseTo(2.85e8 / 1.9455);
    expect(row!.value_high).toBeCloseTo(2.95e8 / 1.9445);
  });
});

describe('the precision a source writes a number with', () => {
  it('is half its last digit for percentages and 万/亿 amounts; counts written in full are exact', () => {
    expect(halfUnit('2.9亿元', 2.9e8, '元')).toBeCloseTo(5e6);
    expect(halfUnit('5234.32万', 52_343_200, '次')).toBeCloseTo(50);
    expect(halfUnit('95.38%', 95.38, '%')).toBeCloseTo(0.005);
    expect(halfUnit('135,565 件', 135_565, '件')).toBe(0);
    expect(halfUnit('三家', 3, '家')).toBe(0);
  });
});
