// Builds the datasets from data/ into public/data/ (which Astro copies to dist/data/), atomically.
//   node scripts/build-data.ts [OUT_DIR] [--root PROJECT_DIR]
import { resolve } from 'node:path';
import { buildData } from '../src/pipeline/pipeline.ts';
import { reportFailure } from '../src/shared/report.ts';
import { diskReader } from '../src/shared/reader.ts';
import { writeAtomic } from '../src/pipeline/publish/write.ts';
import { dataDir } from '../src/shared/files.ts';

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = rootAt >= 0 ? resolve(args.splice(rootAt, 2)[1]!) : resolve(import.meta.dirname, '..');
const out = resolve(root, args[0] ?? dataDir());
const started = performance.now();
try {
  const { coverage, datasets, files } = buildData(diskReader(root));
  writeAtomic(out, files);
  console.log('numeric mentions accounted for (document: total = observation + target + not_statistic + by kind)');
  for (const c of coverage)
    console.log(
      `  ${c.document_id}: ${c.mentions} = ${c.observation} + ${c.target} + ${c.not_statistic} + ${c.not_statistic_kind}`,
    );
  const counts = Object.entries(datasets)
    .map(([k, v]) => `${k} ${v.length}`)
    .join(', ');
  console.log(`wrote ${files.size} files to ${out} (${counts}) in ${Math.round(performance.now() - started)} ms`);
} catch (e) {
  reportFailure('build-data', e);
  process.exit(1);
}
