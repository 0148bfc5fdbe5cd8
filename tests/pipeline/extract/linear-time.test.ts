// The texts that once made the extractor's scans quadratic (src/authoring/bench/pathological.ts) are read, and read
// right: what a scan may not do is take minutes, which the test's own time limit catches; how long each takes, and
// how that grows with the text, is measured by `node scripts/bench-lines.ts --pathological`, not asserted here.
import { describe, expect, it } from 'vitest';
import { MIXED_CLAUSE, PATHOLOGICAL } from '../../../src/authoring/bench/pathological.ts';
import { extractMentions } from '../../../src/pipeline/extract/index.ts';

describe('scanning pathological input', () => {
  it.each(PATHOLOGICAL.map((p) => [p.name, p.text(1)] as const))('%s', (name, s) => {
    const mentions = extractMentions(s);
    // Every mention lies inside the text, in order, none overlapping the next.
    for (const [i, m] of mentions.entries()) {
      expect(m.start, name).toBeGreaterThanOrEqual(i ? mentions[i - 1]!.end : 0);
      expect(m.end, name).toBeLessThanOrEqual(s.length);
      expect(s.slice(m.start, m.end), name).toBe(m.text);
    }
    // A fall of a range is the range negated: 下降3-5家 is -5 to -3.
    if (name === 'falls and ranges') {
      expect(mentions.filter((m) => m.low === -5 && m.high === -3)).toHaveLength(10_000);
    }
  });
});

describe('a 5 MB single line', () => {
  it('of statistics, falls, ranges and unreadable numbers yields five mentions per clause', () => {
    const line = MIXED_CLAUSE.repeat(Math.ceil(5_000_000 / MIXED_CLAUSE.length / 2));
    const ms = extractMentions(line);
    expect(ms.length).toBe((line.length / MIXED_CLAUSE.length) * 5);
  });
});
