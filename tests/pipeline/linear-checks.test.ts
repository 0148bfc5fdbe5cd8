// The annotation checks grow linearly with the number of entries: each quote is found through an index of the
// source and each number through a binary search, not by scanning the whole text or every mention per entry.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildDatasets } from '../../src/pipeline/pipeline.ts';
import { fixture, manifest, planAnnotation, PLAN_TEXT } from './fixture.ts';

/** A letters-only tag, unique per number, so every sentence (and quote) occurs once. */
const tag = (i: number) => {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(97 + ((n - 1) % 26)) + s;
  return s;
};

function timeWith(entries: number): number {
  const lines = Array.from({ length: entries }, (_, i) => `条目${tag(i)}：共${i + 1}件。`);
  const planText = `${PLAN_TEXT}${lines.join('\n')}\n`;
  const m = manifest();
  m[0]!.sha256 = createHash('sha256').update(planText).digest('hex');
  const plan = planAnnotation();
  (plan.not_statistics as unknown[]) = lines.map((l) => ({
    quote: l.slice(0, -1),
    reason: 'test sample',
    reason_zh: '测试样本',
  }));
  const reader = fixture({ manifest: m, plan, planText });
  const started = performance.now();
  const { coverage } = buildDatasets(reader);
  const took = performance.now() - started;
  expect(coverage[0]!.not_statistic).toBe(entries);
  return took;
}

describe('annotation checks', () => {
  it(
    'take about four times as long for four times the entries (32,000 entries in seconds)',
    { timeout: 300_000 },
    () => {
      timeWith(2_000); // warm up the JIT
      const small = timeWith(8_000);
      const large = timeWith(32_000);
      // Linear is 4x; the quadratic checks this replaces took 16x. Margin for a machine shared with other builds.
      expect(large / small).toBeLessThan(9);
      expect(large).toBeLessThan(60_000);
    },
  );
});
