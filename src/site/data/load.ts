// The datasets, made once per build inside the site build: the pipeline runs in memory on the project's data/, and
// the pages and the /data/ endpoint read what it made. Nothing is written to disk and read back, so there is one
// output tree (dist/) and no second parse of the same rows.
import { buildData, type BuildOutput } from '../../pipeline/pipeline.ts';
import { release } from '../../pipeline/derive/release.ts';
import { diskReader } from '../../shared/reader.ts';
import { indexDatasets, type SiteData } from './data.ts';

let built: BuildOutput | undefined;
let cache: SiteData | undefined;

// `npm run build` runs the pipeline before Astro, so that bad data stops it with one message before any page; it
// hands the output over in this process under a registered symbol, since Astro runs the pages as a bundle of its own
// (another instance of this module). A plain `astro build` makes it here.
const HANDED_OVER = Symbol.for('ip-plan-tracker:pipeline-output');

/** Give the site build the pipeline's output, made and checked by the caller. */
export function handOver(output: BuildOutput): void {
  (globalThis as Record<symbol, unknown>)[HANDED_OVER] = output;
}

/** The pipeline's output for the project at the working directory (the site build's root); made on first use. */
export function pipelineOutput(): BuildOutput {
  built ??=
    ((globalThis as Record<symbol, unknown>)[HANDED_OVER] as BuildOutput | undefined) ??
    buildData(diskReader(process.cwd()));
  return built;
}

/** All datasets with their lookups and published files; made once per build. Pages call it; components take props. */
export async function siteData(): Promise<SiteData> {
  if (!cache) {
    const { datasets, figures, files, texts } = pipelineOutput();
    cache = indexDatasets(datasets, { release: release(datasets), figures, files, texts });
  }
  return cache;
}
