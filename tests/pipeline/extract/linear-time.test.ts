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
  ])('%s', (_name, s) => {
    const t = performance.now();
    extractMentions(s);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
