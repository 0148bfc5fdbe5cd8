// The whole build (datasets, Astro, Pagefind, the security policy) made atomic: every step writes into a staging
// folder under .build/, and public/data/ and dist/ are swapped in only once every step has succeeded. A failed step
// leaves both as they were; a build killed at any moment leaves only its staging folder, which the next build
// finishes swapping in (if the kill came after every step had succeeded) or deletes (if it came before).
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BuildError } from './error.ts';

export const STAGING_ROOT = '.build';
/** Written into a staging folder once every step has succeeded: from then on its contents are the build's result. */
const COMMITTED = 'COMMITTED';

/** The folders one build writes. `publicDir` is what Astro copies to the site; its `data/` is the staged data. */
export interface Stage {
  root: string;
  dir: string;
  publicDir: string;
  dataDir: string;
  distDir: string;
}

/** A step of the build; it writes only inside `stage` and throws on failure. */
export type Step = { name: string; run: (stage: Stage) => void | Promise<void> };

/** The live folders and, for each, its staged replacement and the place the old one is moved to during the swap. */
function pairs(stage: Stage) {
  return [
    { staged: stage.dataDir, live: join(stage.root, 'public/data'), old: join(stage.dir, 'old-data') },
    { staged: stage.distDir, live: join(stage.root, 'dist'), old: join(stage.dir, 'old-dist') },
  ];
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Swap each staged folder in. Safe to repeat after a kill at any point: a pair whose staged folder is gone has been
 * swapped; otherwise the live folder (if any) is moved aside and the staged one renamed into its place.
 */
function swapIn(stage: Stage): void {
  for (const { staged, live, old } of pairs(stage)) {
    if (!existsSync(staged)) continue;
    if (existsSync(live)) renameSync(live, old);
    renameSync(staged, live);
  }
  rmSync(stage.dir, { recursive: true, force: true });
}

/**
 * Deal with what killed builds left: a committed staging folder is swapped in (its build had succeeded), any other is
 * deleted, as are the temp folders a killed `npm run build:data` leaves beside public/data.
 */
export function recoverKilledBuilds(root: string): string[] {
  const done: string[] = [];
  const stagingRoot = join(root, STAGING_ROOT);
  for (const name of existsSync(stagingRoot) ? readdirSync(stagingRoot) : []) {
    const pid = Number(/^build-(\d+)$/.exec(name)?.[1]);
    if (pid && processAlive(pid) && pid !== process.pid) continue;
    const stage = stageAt(root, pid || 0, name);
    if (existsSync(join(stage.dir, COMMITTED))) {
      swapIn(stage);
      done.push(`finished swapping in ${relative(root, stage.dir)}`);
    } else {
      rmSync(stage.dir, { recursive: true, force: true });
      done.push(`deleted ${relative(root, stage.dir)}`);
    }
  }
  for (const name of existsSync(join(root, 'public')) ? readdirSync(join(root, 'public')) : []) {
    const pid = Number(/^data\.(?:tmp|old)-(\d+)$/.exec(name)?.[1]);
    if (pid && !processAlive(pid)) {
      rmSync(join(root, 'public', name), { recursive: true, force: true });
      done.push(`deleted public/${name}`);
    }
  }
  return done;
}

function stageAt(root: string, pid: number, name = `build-${pid}`): Stage {
  const dir = join(root, STAGING_ROOT, name);
  const publicDir = join(dir, 'public');
  return { root, dir, publicDir, dataDir: join(publicDir, 'data'), distDir: join(dir, 'dist') };
}

/**
 * A fresh staging folder with a copy of public/ (everything but the published data and any temp folder beside it,
 * so nothing but this build's data can reach the site).
 */
export function newStage(root: string): Stage {
  const stage = stageAt(root, process.pid);
  rmSync(stage.dir, { recursive: true, force: true });
  mkdirSync(stage.publicDir, { recursive: true });
  const pub = join(root, 'public');
  for (const name of existsSync(pub) ? readdirSync(pub) : []) {
    if (name === 'data' || name.startsWith('data.')) continue;
    cpSync(join(pub, name), join(stage.publicDir, name), { recursive: true });
  }
  return stage;
}

/** Names a staged site must never carry: another build's temp folders. */
const STRAY = /(^|[\\/])(data\.(tmp|old)-\d+|build-\d+)([\\/]|$)/;

/** Run every step into a new stage; swap in only when all have succeeded. On failure the stage is deleted. */
export async function atomicBuild(root: string, steps: Step[], log: (line: string) => void): Promise<void> {
  for (const line of recoverKilledBuilds(root)) log(`earlier build killed: ${line}`);
  const stage = newStage(root);
  try {
    for (const step of steps) {
      const started = performance.now();
      await step.run(stage);
      log(`${step.name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const stray = readdirSync(stage.distDir, { recursive: true, encoding: 'utf8' }).find((f) => STRAY.test(f));
    if (stray) throw new BuildError('publish', `dist/${stray} is a temp folder of another build`, 'delete it');
    writeFileSync(join(stage.dir, COMMITTED), '');
  } catch (e) {
    rmSync(stage.dir, { recursive: true, force: true });
    throw e;
  }
  swapIn(stage);
}
