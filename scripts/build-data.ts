// The curator's fast check: runs the pipeline on data/ and says how every number is accounted for. It writes
// nothing unless told where (--out DIR: the files the site publishes under /data/, written atomically).
//   node scripts/build-data.ts [--out DIR] [--root PROJECT_DIR]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildData } from '../src/pipeline/pipeline.ts';
import { writeAtomic } from '../src/pipeline/publish/write.ts';
import { diskReader } from '../src/shared/reader.ts';
import { reportFailure } from '../src/shared/report.ts';

const started = performance.now();
try {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { out: { type: 'string' }, root: { type: 'string' } },
  });
  const root = resolve(values.root ?? resolve(import.meta.dirname, '..'));
  const { coverage, datasets, files } = buildData(diskReader(root));
  console.log('numeric mentions accounted for (document: total = observation + target + not_statistic + by kind)');
  for (const c of coverage)
    console.log(
      `  ${c.document_id}: ${c.mentions} = ${c.observation} + ${c.target} + ${c.not_statistic} + ${c.not_statistic_kind}`,
    );
  const counts = Object.entries(datasets)
    .map(([k, v]) => `${k} ${v.length}`)
    .join(', ');
  const ms = Math.round(performance.now() - started);
  if (values.out) {
    writeAtomic(resolve(values.out), files);
    console.log(`wrote ${files.size} files to ${resolve(values.out)} (${counts}) in ${ms} ms`);
  } else console.log(`checked: ${counts} in ${ms} ms (nothing written; --out DIR writes the files)`);
} catch (e) {
  reportFailure('build-data', e);
  process.exit(1);
}
