// The whole build, atomically: datasets, Astro (with the security policy) and Pagefind into a staging folder, then
// public/data/ and dist/ swapped in together. A failure leaves both as they were and prints one message.
//   node scripts/build.ts
import { resolve } from 'node:path';
import { atomicBuild } from '../src/build/atomic.ts';
import { BUILD_STEPS } from '../src/build/steps.ts';
import { reportFailure } from '../src/shared/report.ts';

const root = resolve(import.meta.dirname, '..');
try {
  await atomicBuild(root, BUILD_STEPS, (line) => console.log(`build: ${line}`));
  console.log('build: public/data/ and dist/ replaced');
} catch (e) {
  reportFailure('build', e);
  console.error('build: nothing was published; public/data/ and dist/ are as they were');
  process.exit(1);
}
