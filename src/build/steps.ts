// The steps of `npm run build`, each writing only into its stage (see atomic.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { applyPolicy, POLICY } from './csp.ts';
import { buildData } from '../pipeline/pipeline.ts';
import { diskReader } from '../shared/reader.ts';
import { writeFiles, type Writer } from '../pipeline/publish/write.ts';
import type { Stage, Step } from './atomic.ts';
import { BuildError } from './error.ts';
import { buildSearchIndex } from './search-index.ts';

/** The datasets into the staged public/data/. */
export function dataStep(write?: Writer): Step {
  return {
    name: 'datasets',
    run: (stage) => writeFiles(stage.dataDir, buildData(diskReader(stage.root)).files, write),
  };
}

function run(stage: Stage, step: string, args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(process.execPath, args, { cwd: stage.root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0)
    throw new BuildError(
      step,
      `exited with ${r.signal ?? `status ${r.status}`} (its own message is above)`,
      'correct what it names and build again; public/data/ and dist/ were left as they were',
    );
}

/** The site from the staged data and public folder into the staged dist/. */
export const astroStep: Step = {
  name: 'astro',
  run: (stage) =>
    run(stage, 'astro', [join(stage.root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      IPT_DATA_DIR: relative(stage.root, stage.dataDir),
      IPT_PUBLIC_DIR: stage.publicDir,
      IPT_OUT_DIR: stage.distDir,
    }),
};

/** The search index of the staged site (long pages in parts: see search-index.ts). */
export const pagefindStep: Step = {
  name: 'pagefind',
  run: async (stage) => void (await buildSearchIndex(stage.distDir)),
};

/** The security policy into every page and dist/_headers; stops on any page with inline content. */
export const cspStep: Step = { name: 'csp', run: (stage) => void applyPolicy(stage.distDir) };

/** What a published site must have: pages, a search index, and a _headers file with the policy. */
export const verifyStep: Step = {
  name: 'verify',
  run: (stage) => {
    for (const f of ['index.html', '404.html', 'pagefind/pagefind.js', 'data/datapackage.json', '_headers'])
      if (!existsSync(join(stage.distDir, f)))
        throw new BuildError('verify', `the built site has no ${f}`, 'see the messages of the steps above');
    if (!readFileSync(join(stage.distDir, '_headers'), 'utf8').includes(`Content-Security-Policy: ${POLICY}`))
      throw new BuildError(
        'verify',
        'dist/_headers does not carry the Content-Security-Policy',
        'see the CSP step above',
      );
  },
};

export const BUILD_STEPS: Step[] = [dataStep(), astroStep, cspStep, pagefindStep, verifyStep];
