// The whole build, atomically: datasets, pages, data files, images, policy and search index into a staging folder,
// then dist/ swapped in. A failure leaves dist/ as it was and prints one message.
//   node scripts/build.ts
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from '../src/build/build.ts';
import { reportFailure } from '../src/shared/report.ts';

parseArgs({ args: process.argv.slice(2), options: {} });
const root = resolve(import.meta.dirname, '..');
try {
  await buildSite(root, (line) => console.log(`build: ${line}`));
  console.log('build: dist/ replaced');
} catch (e) {
  reportFailure('build', e);
  console.error('build: nothing was published; dist/ is as it was');
  process.exit(1);
}
