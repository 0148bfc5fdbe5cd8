// The whole build made atomic: the site (pages, data files, images, search index) is built into a staging folder
// under .build/, and dist/ is swapped in only once everything has succeeded. A failed build leaves dist/ as it was;
// a build killed at any moment leaves only its staging folder, which the next build deletes. A staging folder is
// never swapped in by anyone but the build that made it: what a killed build left may be incomplete or stale.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BuildError } from '../shared/errors.ts';

export const STAGING_ROOT = '.build';

/** The folders one build writes: its staging folder and the site inside it. */
export interface Stage {
  root: string;
  dir: string;
  distDir: string;
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
 * Delete what killed builds left: every staging folder whose build is no longer running, and the `public/data/`
 * that builds before the site made its data itself wrote (Astro would copy it into the site over the data files).
 */
export function recoverKilledBuilds(root: string): string[] {
  const done: string[] = [];
  const stagingRoot = join(root, STAGING_ROOT);
  for (const name of existsSync(stagingRoot) ? readdirSync(stagingRoot) : []) {
    const pid = Number(/^build-(\d+)$/.exec(name)?.[1]);
    if (pid && pid !== process.pid && processAlive(pid)) continue;
    rmSync(join(stagingRoot, name), { recursive: true, force: true });
    done.push(`deleted ${STAGING_ROOT}/${name}`);
  }
  for (const name of existsSync(join(root, 'public')) ? readdirSync(join(root, 'public')) : [])
    if (name === 'data' || /^data\.(tmp|old)-\d+$/.test(name)) {
      rmSync(join(root, 'public', name), { recursive: true, force: true });
      done.push(`deleted public/${name} (an older build's output)`);
    }
  return done;
}

/** A fresh staging folder for this process. */
export function newStage(root: string): Stage {
  const dir = join(root, STAGING_ROOT, `build-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return { root, dir, distDir: join(dir, 'dist') };
}

/** Why a swap failed, in words, with the path. */
function swapError(e: unknown, path: string): BuildError {
  const err = e as NodeJS.ErrnoException;
  return new BuildError(
    'publish',
    `could not replace ${path}: ${err.code ?? ''} ${err.message}`.trim(),
    `make ${path} and its parent folder writable (and not immutable: lsattr), then build again; dist/ is as it was`,
  );
}

/**
 * dist/ replaced by the staged site: the live folder is moved aside, the staged one renamed into place and the old
 * one deleted. If the second rename fails the old site is moved back, so dist/ is never missing or half-replaced.
 */
export function swapIn(stage: Stage): void {
  const live = join(stage.root, 'dist');
  const old = join(stage.dir, 'old-dist');
  const had = existsSync(live);
  try {
    if (had) renameSync(live, old);
  } catch (e) {
    throw swapError(e, relative(stage.root, live) || live);
  }
  try {
    renameSync(stage.distDir, live);
  } catch (e) {
    if (had) renameSync(old, live);
    throw swapError(e, relative(stage.root, live) || live);
  }
  // Published from here on: a folder that cannot be deleted is left for the next build, never reported as a failure.
  try {
    rmSync(stage.dir, { recursive: true, force: true, maxRetries: 2 });
  } catch {
    // the next build's recoverKilledBuilds deletes it
  }
}

/** Build into a new stage with `make`; swap in only when it succeeded. On failure the stage is deleted. */
export async function atomicBuild(
  root: string,
  make: (stage: Stage) => Promise<void>,
  log: (line: string) => void,
): Promise<void> {
  for (const line of recoverKilledBuilds(root)) log(`earlier build: ${line}`);
  const stage = newStage(root);
  try {
    await make(stage);
  } catch (e) {
    rmSync(stage.dir, { recursive: true, force: true });
    throw e;
  }
  swapIn(stage);
}
