// The curated-value check on what issue 20 found misread: falls (negative), ranges (low and high) and numbers the
// extractor cannot read whole.
import { describe, expect, it } from 'vitest';
import { readNumber } from '../../../src/pipeline/annotate/context.ts';
import { MentionLedger } from '../../../src/pipeline/annotate/mentions.ts';
import type { Source } from '../../../src/pipeline/sources/sources.ts';
import type { IndicatorRow } from '../../../src/schemas/index.ts';
import { compact, findQuote } from '../../../src/shared/quotes.ts';
import { manifest } from '../fixture.ts';
import { messageOf } from './context.ts';

const TEXT = '专利授权量同比下降6.0%。新增工作站3-5家。登记金额1.2e5元。发明专利授权量增长-3.2%。';

function ledger(): MentionLedger {
  const source: Source = { entry: manifest()[1]!, path: 'reply.txt', text: TEXT, compact: compact(TEXT), bytes: 0 };
  return new MentionLedger(source);
}
const indicator = (unit: string) =>
  ({ id: `x-${unit === '%' ? 'rate' : 'count'}`, name_zh: '指标', name_en: 'X', unit }) as IndicatorRow;

function read(quote: string, curated: number, unit: string, bounds: { low?: number; high?: number } = {}) {
  const l = ledger();
  const span = findQuote(l.source.compact, quote)[0]!;
  const r = {
    span,
    mention: undefined,
    curated,
    indicator: indicator(unit),
    file: 'f.json',
    entry: 'e',
    what: 'value',
  };
  return readNumber(l, { ...r, ...bounds });
}

describe('the curated value against the text', () => {
  it('refuses a fall typed as a rise and says the right reading', () => {
    expect(messageOf(() => read('同比下降6.0%', 6, '%'))).toMatch(
      /value 6 has the wrong sign: the text says 同比下降6\.0%: the value is -6\b/,
    );
    expect(read('同比下降6.0%', -6, '%').value).toBe(-6);
    expect(messageOf(() => read('增长-3.2%', 3.2, '%'))).toMatch(/the text says -3\.2%: the value is -3\.2/);
  });

  it('asks a range for both bounds, as the text gives them, and refuses bounds on a single figure', () => {
    expect(messageOf(() => read('新增工作站3-5家', 3, '家'))).toMatch(
      /the text "3-5家" states a range from 3 to 5\. Fix: set low to 3 and high to 5/,
    );
    expect(messageOf(() => read('新增工作站3-5家', 3, '家', { low: 3, high: 4 }))).toMatch(/not 3 to 4/);
    expect(messageOf(() => read('新增工作站3-5家', 4, '家', { low: 3, high: 5 }))).toMatch(
      /set value to 3 \(a range's lower bound\)/,
    );
    expect(read('新增工作站3-5家', 3, '家', { low: 3, high: 5 })).toMatchObject({ low: 3, high: 5 });
    expect(messageOf(() => read('同比下降6.0%', -6, '%', { low: -6, high: -5 }))).toMatch(
      /states one figure, not a range/,
    );
  });

  it('refuses to file a number it cannot read, and never lets one pass unaccounted', () => {
    expect(messageOf(() => read('登记金额1.2e5元', 120000, '元'))).toMatch(
      /the text "1\.2e5元" is not a number the extractor can read whole\. Fix: mark it in not_statistics/,
    );
    expect(
      ledger()
        .rows()
        .unaccounted.map((m) => [m.text, m.kind]),
    ).toContainEqual(['1.2e5元', 'unreadable']);
  });
});
