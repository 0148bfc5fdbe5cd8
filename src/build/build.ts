// `npm run build`: the datasets checked first (bad data stops here with one message, before any page), then the whole
// site (pages, /data/ files, images; then the policy check, _headers and the search index in Astro's build:done hook)
// into a staging folder, and dist/ replaced by it in one swap.
import { build } from 'astro';
import { buildData } from '../pipeline/pipeline.ts';
import { diskReader } from '../shared/reader.ts';
import { siteFromEnv } from '../shared/site-url.ts';
import { handOver } from '../site/data/load.ts';
import { atomicBuild } from './atomic.ts';

export async function buildSite(root: string, log: (line: string) => void): Promise<void> {
  siteFromEnv();
  let started = performance.now();
  handOver(buildData(diskReader(root)));
  log(`datasets: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await atomicBuild(
    root,
    async (stage) => {
      started = performance.now();
      await build({ root, outDir: stage.distDir });
      log(`site: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    },
    log,
  );
}
