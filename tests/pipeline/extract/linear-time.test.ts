import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../src/pipeline/extract/index.ts';

/** Inputs that made unbounded look-behinds and unanchored e-mail scans quadratic. */
describe('scanning stays linear on pathological input', () => {
  it.each([
    ['digits', '1'.repeat(100_000)],
    ['spaces', `${' '.repeat(100_000)}25 家`],
    ['Chinese numerals', '一'.repeat(100_000)],
    ['letters and dots', 'a.'.repeat(50_000)],
    ['years', '2023年 '.repeat(20_000)],
    ['line-start markers', '\n1.'.repeat(30_000)],
    ['commas between digits', '1,'.repeat(50_000)],
    ['falls and ranges', '同比下降3-5家，'.repeat(10_000)],
    ['minus signs', '增长-'.repeat(50_000)],
  ])('%s', (_name, s) => {
    const t = performance.now();
    extractMentions(s);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});

describe('a 5 MB single line', () => {
  it('of statistics, falls, ranges and unreadable numbers is read in bounded time', () => {
    const unit = '专利授权量12.3万件，同比下降6.0%，新增3至5家，登记1,05,0件，金额1.2e5元；';
    const line = unit.repeat(Math.ceil(5_000_000 / unit.length / 2));
    const t = performance.now();
    const ms = extractMentions(line);
    expect(performance.now() - t).toBeLessThan(20_000);
    expect(ms.length).toBe((line.length / unit.length) * 5);
  });
});
