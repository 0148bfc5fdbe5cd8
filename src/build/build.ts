// `npm run build`: the datasets checked first (bad data stops here with one message, before any page), then the whole
// site (pages, /data/ files, images; then the policy check, _headers and the search index in Astro's build:done hook)
// into a staging folder, and dist/ replaced by it in one swap.
import { join } from 'node:path';
import { build } from 'astro';
import { buildData } from '../pipeline/pipeline.ts';
import { diskReader } from '../shared/reader.ts';
import { siteFromEnv } from '../shared/site-url.ts';
import { handOver } from '../site/data/load.ts';
import { atomicBuild } from './atomic.ts';

export async function buildSite(root: string, log: (line: string) => void): Promise<void> {
  siteFromEnv();
  let started = performance.now();
  // Each text's mentions kept between builds beside Astro's and the search index's caches: an unchanged text is not
  // extracted again (see src/pipeline/annotate/mention-cache.ts).
  handOver(buildData(diskReader(root), { mentionCache: join(root, '.cache', 'mentions') }));
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
