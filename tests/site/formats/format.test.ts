import { describe, expect, it } from 'vitest';
import type { Qualifier, Status } from '../../../src/schemas/index.ts';
import {
  formatNumber,
  formatObserved,
  formatOptionalDate,
  formatOptionalPeriod,
  formatPercent,
  formatValue,
} from '../../../src/site/formats/format.ts';
import { formatDate, formatPeriod } from '../../../src/shared/dates.ts';
import type { Locale } from '../../../src/shared/locales.ts';
import { STATUS_BADGE, STATUS_PALETTE } from '../../../src/site/words/palette.ts';
import { STATUS_ORDER, statusLabel } from '../../../src/site/words/status.ts';

describe('formatNumber', () => {
  it.each<[number, Locale, number | undefined, string]>([
    [135565, 'zh', undefined, '135,565'],
    [135565, 'en', undefined, '135,565'],
    [1200, 'zh', undefined, '1200'],
    [1200, 'en', undefined, '1,200'],
    [95.38, 'zh', undefined, '95.38'],
    [32.2, 'en', undefined, '32.2'],
    [0.1 + 0.2, 'en', undefined, '0.3'],
    [1234567.5, 'en', undefined, '1,234,567.5'],
    [-2040, 'en', undefined, '-2,040'],
    [(129298 / 135565) * 100, 'zh', 2, '95.38'],
    [(2050 / 2040) * 100, 'en', 2, '100.49'],
    [32.2, 'en', 2, '32.20'],
    [-0.001, 'en', 2, '0.00'],
    [12345, 'zh', undefined, '12,345'],
    [1000000, 'zh', undefined, '1,000,000'],
    [9999, 'zh', 1, '9999.0'],
  ])('%d in %s (decimals %s) → %s', (value, locale, decimals, expected) => {
    expect(formatNumber(value, locale, decimals)).toBe(expected);
  });

  it('refuses what is not a finite number', () => {
    expect(() => formatNumber(Number.NaN, 'zh')).toThrow(/cannot format/);
  });
});

describe('formatOptionalDate and formatOptionalPeriod', () => {
  it('say "not stated" in the reader\'s language when a document leaves the date out', () => {
    expect(formatOptionalDate(null, 'zh')).toBe('未载明');
    expect(formatOptionalDate(null, 'en')).toBe('Not stated');
    expect(formatOptionalPeriod('2023-01-01', null, 'en')).toBe('Not stated');
    expect(formatOptionalDate('2024-03-25', 'en')).toBe('25 March 2024');
    expect(formatOptionalPeriod('2023-01-01', '2025-12-31', 'zh')).toBe('2023—2025年');
  });
});

describe('formatValue', () => {
  it.each<[number, string, string, Qualifier, Locale, string]>([
    [250, '件', 'cases', 'approximate', 'zh', '近250件'],
    [1200, '起', 'cases', 'more_than', 'zh', '1200余起'],
    [170, '家', 'companies', 'more_than', 'zh', '170余家'],
    [50, '%', '%', 'at_least', 'zh', '50%以上'],
    [50, '%', 'percent', 'more_than', 'zh', '超过50%'],
    [95.38, '%', '%', 'exact', 'zh', '95.38%'],
    [135565, '件', 'cases', 'exact', 'zh', '135,565件'],
    [24, '家', 'workstations', 'exact', 'zh', '24家'],
    [11470000, '元', 'yuan', 'exact', 'zh', '1147万元'],
    [290000000, '元', 'yuan', 'exact', 'zh', '2.9亿元'],
    [1200000, '元', 'yuan', 'exact', 'zh', '120万元'],
    [10000000, '元', 'yuan', 'more_than', 'zh', '1000余万元'],
    [290000000, '元', 'yuan', 'approximate', 'zh', '近2.9亿元'],
    [5000, '元', 'yuan', 'exact', 'zh', '5000元'],
    [12345, '元', 'yuan', 'exact', 'zh', '1.2345万元'],
    [123456.5, '元', 'yuan', 'exact', 'zh', '123,456.5元'],
    [250, '件', 'cases', 'approximate', 'en', 'nearly 250 cases'],
    [1200, '起', 'cases', 'more_than', 'en', 'more than 1,200 cases'],
    [50, '%', '%', 'at_least', 'en', 'at least 50%'],
    [50, '%', 'percent', 'exact', 'en', '50%'],
    [95.38, '%', '%', 'exact', 'en', '95.38%'],
    [11470000, '元', 'yuan', 'exact', 'en', 'RMB 11.47 million'],
    [290000000, '元', 'yuan', 'exact', 'en', 'RMB 290 million'],
    [1200000, '元', 'yuan', 'exact', 'en', 'RMB 1.2 million'],
    [2500000000, '元', 'yuan', 'exact', 'en', 'RMB 2.5 billion'],
    [5000, '元', 'yuan', 'exact', 'en', 'RMB 5,000'],
    // Large counts in words; a lower bound may be cut to 2 decimals (rounded down, so it stays true), an exact one not.
    [52343200, '次', 'listing checks', 'more_than', 'en', 'more than 52.34 million listing checks'],
    [52343200, '次', 'listing checks', 'exact', 'en', '52.3432 million listing checks'],
    [52343257, '次', 'listing checks', 'exact', 'en', '52,343,257 listing checks'],
    [135565, '件', 'cases', 'exact', 'en', '135,565 cases'],
    [801, '笔', 'policies', 'exact', 'en', '801 policies'],
    [1, '批', 'batches', 'exact', 'en', '1 batch'],
    [1, '件', 'cases', 'exact', 'en', '1 case'],
    [1, '人', 'people', 'exact', 'en', '1 person'],
  ])('%d %s/%s %s in %s → %s', (value, unit, unitEn, qualifier, locale, expected) => {
    expect(formatValue(value, unit, unitEn, qualifier, locale)).toBe(expected);
  });
});

describe('formatPercent', () => {
  it.each<[number, Locale, number, string]>([
    [(19 / 59) * 100, 'zh', 1, '32.2%'],
    [(2050 / 2040) * 100, 'en', 2, '100.49%'],
  ])('%d in %s at %i decimals → %s', (value, locale, decimals, expected) => {
    expect(formatPercent(value, locale, decimals)).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each<[string, Locale, string]>([
    ['2023-03-15', 'zh', '2023年3月15日'],
    ['2023-03-15', 'en', '15 March 2023'],
    ['2023-12-01', 'zh', '2023年12月1日'],
    ['2024-01-09', 'en', '9 January 2024'],
  ])('%s in %s → %s', (iso, locale, expected) => {
    expect(formatDate(iso, locale)).toBe(expected);
  });

  it('refuses what is not an ISO date', () => {
    expect(() => formatDate('2023/3/15', 'zh')).toThrow(/not an ISO date/);
  });
});

describe('formatPeriod', () => {
  it.each<[string, string, Locale, string]>([
    ['2023-08-02', '2023-08-02', 'zh', '2023年8月2日'],
    ['2023-08-02', '2023-08-02', 'en', '2 August 2023'],
    ['2023-01-01', '2023-12-31', 'zh', '2023年'],
    ['2023-01-01', '2023-12-31', 'en', '2023'],
    ['2020-01-01', '2022-12-31', 'zh', '2020—2022年'],
    ['2020-01-01', '2022-12-31', 'en', '2020–2022'],
    ['2023-01-01', '2023-08-02', 'zh', '2023年1月1日至2023年8月2日'],
    ['2023-01-01', '2023-08-02', 'en', '1 January 2023 – 2 August 2023'],
    ['2023-05-10', '2024-05-10', 'en', '10 May 2023 – 10 May 2024'],
    ['2022-01-02', '2022-12-31', 'zh', '2022年1月2日至2022年12月31日'],
  ])('%s to %s in %s → %s', (start, end, locale, expected) => {
    expect(formatPeriod(start, end, locale)).toBe(expected);
  });
});

describe('statuses', () => {
  it.each<[Status, string, string]>([
    ['achieved', '已完成', 'Achieved'],
    ['in_progress', '推进中', 'In progress'],
    ['carried_over', '结转下年', 'Carried over'],
    ['no_evidence', '暂无公开证据', 'No published evidence'],
    ['not_achieved', '未完成', 'Not achieved'],
  ])('%s → %s / %s', (status, zh, en) => {
    expect(statusLabel(status, 'zh')).toBe(zh);
    expect(statusLabel(status, 'en')).toBe(en);
  });

  it('orders every status once', () => {
    expect([...STATUS_ORDER].sort()).toEqual([
      'achieved',
      'carried_over',
      'in_progress',
      'no_evidence',
      'not_achieved',
    ]);
  });

  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };

  it.each(STATUS_ORDER)('badge text of %s meets WCAG AA (4.5:1) on its background', (status) => {
    expect(contrast(STATUS_BADGE[status].text, STATUS_BADGE[status].background)).toBeGreaterThanOrEqual(4.5);
  });

  it('tells statuses apart without colour: each has its own pattern', () => {
    expect(new Set(STATUS_ORDER.map((s) => STATUS_PALETTE[s].pattern)).size).toBe(STATUS_ORDER.length);
  });

  it('draws pattern ink that stands out from its fill, so the pattern survives greyscale print', () => {
    for (const s of STATUS_ORDER)
      expect(contrast(STATUS_PALETTE[s].ink, STATUS_PALETTE[s].fill)).toBeGreaterThanOrEqual(2.5);
  });
});

describe('formatObserved keeps the source wording', () => {
  const o = (
    mention_text: string,
    value: number,
    unit: string,
    unit_en: string,
    qualifier: 'exact' | 'approximate' | 'more_than' | 'at_least',
  ) => ({ mention_text, value, unit, unit_en, qualifier });
  it.each([
    [o('约 120 家', 120, '家', 'law firms', 'approximate'), '约120家', 'about 120 law firms'],
    [o('近250件', 250, '件', 'cases', 'approximate'), '近250件', 'nearly 250 cases'],
    [o('超过170家', 170, '家', 'organisations', 'more_than'), '超过170家', 'more than 170 organisations'],
    [o('135,565 件', 135565, '件', 'cases', 'exact'), '135,565件', '135,565 cases'],
    [o('1147万元', 11470000, '元', 'yuan', 'exact'), '1147万元', 'RMB 11.47 million'],
  ])('%o', (row, zh, en) => {
    expect(formatObserved(row, 'zh')).toBe(zh);
    expect(formatObserved(row, 'en')).toBe(en);
  });
});
