// Where and when: the places once each, in order, and the span of the periods.
import { describe, expect, it } from 'vitest';
import { scopeLine } from '../../../src/site/formats/scope.ts';
import type { JurisdictionRow } from '../../../src/schemas/index.ts';

const J = new Map<string, JurisdictionRow>([
  [
    'shanghai',
    { id: 'shanghai', name_zh: '上海市', name_en: 'Shanghai', level: 'provincial', parent: null, code: '310000' },
  ],
  [
    'shanghai-jingan',
    {
      id: 'shanghai-jingan',
      name_zh: '静安区',
      name_en: "Jing'an District",
      level: 'county',
      parent: 'shanghai',
      code: '310106',
    },
  ],
] as [string, JurisdictionRow][]);

describe('scopeLine', () => {
  it('names the place and the period a figure covers', () => {
    const rows = [{ jurisdiction: 'shanghai', period_start: '2020-01-01', period_end: '2022-12-31' }];
    expect(scopeLine(rows, J, 'zh')).toBe('上海市 · 2020—2022年');
    expect(scopeLine(rows, J, 'en')).toBe('Shanghai · 2020–2022');
  });

  it('lists each place once and spans every period; leaves out what has no period', () => {
    const rows = [
      { jurisdiction: 'shanghai', period_start: '2023-01-01', period_end: '2023-12-31' },
      { jurisdiction: 'shanghai-jingan', period_start: '2023-05-11', period_end: '2024-05-10' },
      { jurisdiction: 'shanghai', period_start: null, period_end: null },
    ];
    expect(scopeLine(rows, J, 'zh')).toBe('上海市、上海市静安区 · 2023年1月1日至2024年5月10日');
    expect(scopeLine([{ jurisdiction: 'shanghai', period_start: null, period_end: null }], J, 'en')).toBe('Shanghai');
  });
});
