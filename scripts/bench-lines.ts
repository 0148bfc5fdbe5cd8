// Benchmark: the data build on a source of 5 MB on one line, against the same text with its line breaks. A text
// copied out of a PDF or a web page may come as one line; nothing in the source handling (quote finding,
// white-space-insensitive matching, line and column, the mention ledger) may grow with the square of a line's
// length, so both should take about the same time. Each variant runs in a child process on a temporary copy of
// data/ (deleted after), its first source followed by the filler, each number of which a not_statistics entry claims.
//   node_modules/.bin/node scripts/bench-lines.ts            both variants, 5 MB
//   node_modules/.bin/node scripts/bench-lines.ts --mb 1     a smaller text
//   node_modules/.bin/node scripts/bench-lines.ts --pathological
//                                the extractor on texts that once made it quadratic, each at its size and at twice it
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PATHOLOGICAL } from '../src/authoring/bench/pathological.ts';
import { extractMentions } from '../src/pipeline/extract/index.ts';
import { buildDatasets } from '../src/pipeline/pipeline.ts';
import { diskReader } from '../src/shared/reader.ts';
import { inputs } from '../src/shared/files.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { mb: { type: 'string', default: '5' }, variant: { type: 'string' }, pathological: { type: 'boolean' } },
});

/** A letters-only tag, unique per entry, so every sentence (and so every quote) occurs once. */
function tag(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(97 + ((n - 1) % 26)) + s;
  return s;
}

/** Sentences of about `mb` megabytes of UTF-8, each with one count in it. */
function sentences(mb: number): string[] {
  const out: string[] = [];
  for (let bytes = 0, i = 0; bytes < mb * 1e6; i++) {
    const s = `条目${tag(i)}：共受理${i + 1}件。`;
    out.push(s);
    bytes += Buffer.byteLength(s);
  }
  return out;
}

/** Build a temporary project whose first source ends in the filler (one line, or a line per clause), timed. */
function runVariant(variant: 'one-line' | 'line-breaks', mb: number) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lines-'));
  try {
    cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
    const manifestPath = join(dir, inputs.manifest);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const first = manifest[0];
    const list = sentences(mb);
    // The same characters either way; the second breaks each sentence after its colon and its full stop, so every
    // quote below runs over a line break.
    const filler = variant === 'one-line' ? list.join('') : list.map((s) => s.replace('：', '：\n')).join('\n');
    const text = `${readFileSync(join(dir, inputs.source(first.file)), 'utf8')}\n${filler}\n`;
    writeFileSync(join(dir, inputs.source(first.file)), text);
    first.sha256 = createHash('sha256').update(text).digest('hex');
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
    const annotationPath = join(dir, inputs.annotation(first.id));
    const annotation = JSON.parse(readFileSync(annotationPath, 'utf8'));
    for (const s of list)
      annotation.not_statistics.push({
        quote: s.slice(0, -1),
        reason: 'benchmark filler',
        reason_zh: '基准测试用填充文字',
      });
    writeFileSync(annotationPath, JSON.stringify(annotation, null, 2));
    const lines = text.split('\n');
    const started = performance.now();
    const { coverage } = buildDatasets(diskReader(dir));
    const seconds = (performance.now() - started) / 1000;
    return {
      variant,
      source_mb: +(Buffer.byteLength(text) / 1e6).toFixed(2),
      longest_line_chars: lines.reduce((n, l) => Math.max(n, l.length), 0),
      lines: lines.length,
      quotes: list.length,
      mentions: coverage[0]!.mentions,
      seconds: +seconds.toFixed(2),
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Milliseconds to extract a text, the best of three (the first run warms the scans up). */
function extractMs(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    extractMentions(text);
    best = Math.min(best, performance.now() - started);
  }
  return +best.toFixed(1);
}

const mb = Number(values.mb);
if (values.pathological) {
  const rows = PATHOLOGICAL.map(({ name, text }) => {
    const once = extractMs(text(1));
    const twice = extractMs(text(2));
    return {
      input: name,
      chars: text(1).length,
      ms: once,
      'ms at twice the length': twice,
      ratio: +(twice / once).toFixed(2),
    };
  });
  console.table(rows);
  console.log('a linear scan about doubles (ratio near 2); a quadratic one about quadruples');
} else if (values.variant) {
  console.log(JSON.stringify(runVariant(values.variant as 'one-line' | 'line-breaks', mb)));
} else {
  const rows = (['line-breaks', 'one-line'] as const).map((v) =>
    JSON.parse(
      execFileSync(process.execPath, [import.meta.filename, '--variant', v, '--mb', String(mb)], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      }),
    ),
  );
  console.table(rows);
  const [broken, oneLine] = rows;
  console.log(`one line / line breaks: ${(oneLine.seconds / broken.seconds).toFixed(2)}x (linear: about 1x)`);
}
