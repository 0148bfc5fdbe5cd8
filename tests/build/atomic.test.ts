// The orchestrator of `npm run build`, with steps that write part of their output and then fail: whatever step fails,
// public/data/ and dist/ stay byte for byte as they were, and nothing staged is left for a later build to publish.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicBuild, recoverKilledBuilds, STAGING_ROOT, type Stage, type Step } from '../../src/build/atomic.ts';
import { treeHash } from './tree.ts';

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'atomic-build-'));
  for (const [path, text] of [
    ['public/data/observations.csv', 'old data'],
    ['public/search.js', 'js'],
    ['dist/index.html', '<p>old site</p>'],
    ['dist/data/observations.csv', 'old data'],
  ]) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const put = (dir: string, path: string, text: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
};
/** Stand-ins for the real steps: each writes what its real counterpart writes, into the stage. */
const data: Step = { name: 'datasets', run: (s: Stage) => put(s.dataDir, 'observations.csv', 'new data') };
const astro: Step = {
  name: 'astro',
  run: (s: Stage) => {
    put(s.distDir, 'index.html', '<p>new site</p>');
    put(s.distDir, 'data/observations.csv', 'new data');
  },
};
const csp: Step = { name: 'csp', run: (s: Stage) => put(s.distDir, '_headers', 'policy') };
const pagefind: Step = { name: 'pagefind', run: (s: Stage) => put(s.distDir, 'pagefind/pagefind.js', 'index') };
const failing = (step: Step, when: 'after' | 'during'): Step => ({
  name: step.name,
  run: (s) => {
    if (when === 'during') put(s.distDir, `${step.name}-partial`, 'half');
    else step.run(s);
    throw new Error(`${step.name} failed`);
  },
});

describe('atomicBuild', () => {
  const cases: [string, Step[]][] = [
    ['after Astro', [data, failing(astro, 'after'), pagefind]],
    ['in Pagefind', [data, astro, failing(pagefind, 'during')]],
    ['in the CSP step', [data, astro, failing(csp, 'during'), pagefind]],
    ['in the datasets', [failing(data, 'during'), astro, pagefind]],
  ];
  for (const [where, steps] of cases)
    it(`leaves public/data/ and dist/ byte for byte as they were after a failure ${where}`, async () => {
      const root = project();
      const before = [treeHash(join(root, 'public/data')), treeHash(join(root, 'dist'))];
      await expect(atomicBuild(root, steps, () => {})).rejects.toThrow(/failed/);
      expect([treeHash(join(root, 'public/data')), treeHash(join(root, 'dist'))]).toEqual(before);
      expect(readdirSync(join(root, STAGING_ROOT))).toEqual([]);
    });

  it('swaps both in when every step succeeds', async () => {
    const root = project();
    await atomicBuild(root, [data, astro, pagefind], () => {});
    expect(treeHash(join(root, 'public/data'))).not.toBe('');
    expect(readdirSync(join(root, 'dist')).sort()).toEqual(['data', 'index.html', 'pagefind']);
    expect(readdirSync(join(root, STAGING_ROOT))).toEqual([]);
    expect(readdirSync(join(root, 'public')).sort()).toEqual(['data', 'search.js']);
  });

  it('never stages a killed build:data temp folder into the site, and deletes it', async () => {
    const root = project();
    put(root, 'public/data.tmp-999999999/observations.csv', 'stale');
    let staged: string[] = [];
    const look: Step = { name: 'look', run: (s) => void (staged = readdirSync(s.publicDir)) };
    await atomicBuild(root, [data, look, astro, pagefind], () => {});
    expect(staged.sort()).toEqual(['data', 'search.js']);
    expect(existsSync(join(root, 'public/data.tmp-999999999'))).toBe(false);
  });
});

describe('recoverKilledBuilds', () => {
  it('deletes the stage of a build killed before it committed, leaving the live folders as they were', () => {
    const root = project();
    const before = [treeHash(join(root, 'public/data')), treeHash(join(root, 'dist'))];
    put(root, `${STAGING_ROOT}/build-999999999/dist/index.html`, 'half');
    expect(recoverKilledBuilds(root)).toEqual([`deleted ${STAGING_ROOT}/build-999999999`]);
    expect([treeHash(join(root, 'public/data')), treeHash(join(root, 'dist'))]).toEqual(before);
  });

  it('finishes the swap of a build killed between its two renames', () => {
    const root = project();
    const stage = `${STAGING_ROOT}/build-999999999`;
    // Killed after public/data was swapped in and dist/ moved aside, before the new dist/ was renamed into place.
    put(root, `${stage}/COMMITTED`, '');
    put(root, `${stage}/old-data/observations.csv`, 'old data');
    put(root, `${stage}/old-dist/index.html`, '<p>old site</p>');
    put(root, `${stage}/dist/index.html`, '<p>new site</p>');
    const expected = treeHash(join(root, stage, 'dist'));
    rmSync(join(root, 'dist'), { recursive: true });
    expect(recoverKilledBuilds(root)).toEqual([`finished swapping in ${stage}`]);
    expect(treeHash(join(root, 'dist'))).toBe(expected);
    expect(readdirSync(join(root, STAGING_ROOT))).toEqual([]);
  });
});
