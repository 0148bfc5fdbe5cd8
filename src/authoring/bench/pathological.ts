// Texts that once made the extractor's scans quadratic (unbounded look-behinds, unanchored scans), each at a size
// where a quadratic scan takes minutes and a linear one milliseconds. `scripts/bench-lines.ts --pathological` times
// each at its size and at twice it (a linear scan about doubles); the tests read them for what they must yield.

/** A name and its text at `scale` (1: the size named; 2: twice as long). */
export const PATHOLOGICAL: readonly { name: string; text: (scale: number) => string }[] = [
  { name: 'digits', text: (k) => '1'.repeat(100_000 * k) },
  { name: 'spaces', text: (k) => `${' '.repeat(100_000 * k)}25 家` },
  { name: 'Chinese numerals', text: (k) => '一'.repeat(100_000 * k) },
  { name: 'letters and dots', text: (k) => 'a.'.repeat(50_000 * k) },
  { name: 'years', text: (k) => '2023年 '.repeat(20_000 * k) },
  { name: 'line-start markers', text: (k) => '\n1.'.repeat(30_000 * k) },
  { name: 'commas between digits', text: (k) => '1,'.repeat(50_000 * k) },
  { name: 'falls and ranges', text: (k) => '同比下降3-5家，'.repeat(10_000 * k) },
  { name: 'minus signs', text: (k) => '增长-'.repeat(50_000 * k) },
];

/** One clause of every kind the extractor reads (a statistic, a fall, a range, unreadable numbers): five mentions. */
export const MIXED_CLAUSE = '专利授权量12.3万件，同比下降6.0%，新增3至5家，登记1,05,0件，金额1.2e5元；';
