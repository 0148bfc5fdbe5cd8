// Benchmark: extraction and data-build throughput and peak memory on a synthetic corpus of 10, 100 and 1,000
// documents in the sources' style. Each size runs in a child process so its peak memory is its own.
//   npm run bench                 all sizes
//   npm run bench -- --size 1000  one size
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractMentions } from '../src/pipeline/extract/index.ts';
import { syntheticProject, type Template } from '../src/authoring/bench/corpus.ts';
import { buildData } from '../src/pipeline/pipeline.ts';
import { diskReader, memoryReader } from '../src/shared/reader.ts';
import { Manifest } from '../src/schemas/index.ts';
import { inputs } from '../src/shared/files.ts';

const root = resolve(import.meta.dirname, '..');
// `--size N` runs one corpus size in this process (the parent runs each size in a process of its own).
const { values } = parseArgs({ args: process.argv.slice(2), options: { size: { type: 'string' } } });

function templates(): Template[] {
  const manifest = Manifest.parse(JSON.parse(readFileSync(resolve(root, inputs.manifest), 'utf8')));
  return manifest.map((entry) => ({ entry, text: readFileSync(resolve(root, inputs.source(entry.file)), 'utf8') }));
}

function runOne(size: number) {
  const files = syntheticProject(templates(), size);
  for (const path of [inputs.jurisdictions, inputs.documentKinds, inputs.glossary])
    files[path] = readFileSync(resolve(root, path), 'utf8');
  // The real figures name real indicators; the synthetic corpus declares none.
  files[inputs.figures] = JSON.stringify({ rates: [], implied_baselines: [], funnels: [], headlines: [] });
  const texts = Object.entries(files)
    .filter(([p]) => p.endsWith('.txt'))
    .map(([, t]) => t);
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  let t0 = performance.now();
  let mentions = 0;
  for (const t of texts) mentions += extractMentions(t).length;
  const extractMs = performance.now() - t0;
  t0 = performance.now();
  const out = buildData(memoryReader(files));
  const buildMs = performance.now() - t0;
  const bytesOut = [...out.files.values()].reduce((n, c) => n + Buffer.byteLength(c), 0);
  return {
    documents: size,
    source_mb: +mb.toFixed(2),
    mentions,
    extract_ms: Math.round(extractMs),
    extract_mb_per_s: +(mb / (extractMs / 1000)).toFixed(1),
    build_ms: Math.round(buildMs),
    build_docs_per_s: Math.round(size / (buildMs / 1000)),
    output_files: out.files.size,
    output_mb: +(bytesOut / 1e6).toFixed(2),
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

if (values.size !== undefined) {
  console.log(JSON.stringify(runOne(Number(values.size))));
} else {
  const rows = [10, 100, 1000].map((n) =>
    JSON.parse(
      execFileSync(process.execPath, [import.meta.filename, '--size', String(n)], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      })
        .trim()
        .split('\n')
        .at(-1)!,
    ),
  );
  console.table(rows);
  const t0 = performance.now();
  const real = buildData(diskReader(root));
  const ms = performance.now() - t0;
  console.log(
    `real corpus (${real.datasets.documents.length} documents): datasets and ${real.files.size} files built in ${Math.round(ms)} ms (in process, after start-up)`,
  );
}
