// The data build on clones of the real documents (every id renamed, texts identical): time and peak memory.
//   node scripts/bench-clones.ts [--copies N]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { clonedProject } from '../src/authoring/bench/clones.ts';
import { buildData } from '../src/pipeline/pipeline.ts';
import { memoryReader } from '../src/shared/reader.ts';
import { reportFailure } from '../src/shared/report.ts';

const { values } = parseArgs({ args: process.argv.slice(2), options: { copies: { type: 'string', default: '200' } } });
const root = resolve(import.meta.dirname, '..');
try {
  const files = clonedProject(root, Number(values.copies));
  const started = performance.now();
  const out = buildData(memoryReader(files));
  console.log(
    JSON.stringify({
      copies: Number(values.copies),
      documents: out.datasets.documents.length,
      assessments: out.datasets.assessments.length,
      seconds: +((performance.now() - started) / 1000).toFixed(1),
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
} catch (e) {
  reportFailure('bench-clones', e);
  process.exit(1);
}
