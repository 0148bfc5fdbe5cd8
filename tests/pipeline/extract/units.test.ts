// Measure words that count the same thing are one unit for filing a figure: 名 and 人, 个 and 家, 起 and 件.
import { describe, expect, it } from 'vitest';
import { sameCount } from '../../../src/pipeline/extract/index.ts';

describe('sameCount', () => {
  it('joins the measure words of one count, either way round', () => {
    for (const [a, b] of [
      ['人', '名'],
      ['家', '个'],
      ['件', '起'],
      ['件', '件'],
    ])
      expect(sameCount(a, b) && sameCount(b, a), `${a} ${b}`).toBe(true);
  });

  it('keeps every other pair apart, and no unit is any unit', () => {
    for (const [a, b] of [
      ['件', '条'],
      ['人', '人次'],
      ['家', '件'],
      ['个', '名'],
      ['%', '个百分点'],
      ['元', '万元'],
    ])
      expect(sameCount(a, b), `${a} ${b}`).toBe(false);
    expect(sameCount(null, '件')).toBe(false);
    expect(sameCount(null, null)).toBe(true);
  });
});
