// The staging and swap of `npm run build`, with builds that write part of their output and then fail: whatever fails,
// dist/ stays byte for byte as it was, nothing staged is left, and no leftover of a killed build is ever swapped in.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  atomicBuild,
  recoverKilledBuilds,
  STAGING_ROOT,
  swapIn,
  newStage,
  type Stage,
} from '../../src/build/atomic.ts';
import { treeHash } from './tree.ts';

const put = (dir: string, path: string, text: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
};

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'atomic-build-'));
  put(root, 'public/search.js', 'js');
  put(root, 'dist/index.html', '<p>old site</p>');
  put(root, 'dist/data/observations.csv', 'old data');
  return root;
}

/** A stand-in for the site build: writes what the real one writes, into the stage, then maybe fails. */
const site =
  (fail?: 'before' | 'after') =>
  async (s: Stage): Promise<void> => {
    put(s.distDir, 'index.html', '<p>new site</p>');
    if (fail === 'before') throw new Error('astro failed');
    put(s.distDir, 'data/observations.csv', 'new data');
    put(s.distDir, 'pagefind/pagefind.js', 'index');
    if (fail === 'after') throw new Error('pagefind failed');
  };

describe('atomicBuild', () => {
  for (const fail of ['before', 'after'] as const)
    it(`leaves dist/ byte for byte as it was after a failure ${fail} the data files`, async () => {
      const root = project();
      const before = treeHash(join(root, 'dist'));
      await expect(atomicBuild(root, site(fail), () => {})).rejects.toThrow(/failed/);
      expect(treeHash(join(root, 'dist'))).toBe(before);
      expect(readdirSync(join(root, STAGING_ROOT))).toEqual([]);
    });

  it('swaps the site in when the build succeeds', async () => {
    const root = project();
    await atomicBuild(root, site(), () => {});
    expect(readdirSync(join(root, 'dist')).sort()).toEqual(['data', 'index.html', 'pagefind']);
    expect(readdirSync(join(root, STAGING_ROOT))).toEqual([]);
  });

  it('never swaps in a leftover staging folder, even one a killed build marked as finished', async () => {
    const root = project();
    const before = treeHash(join(root, 'dist'));
    put(root, `${STAGING_ROOT}/build-999999999/COMMITTED`, '');
    put(root, `${STAGING_ROOT}/build-999999999/dist/index.html`, '<p>stale site</p>');
    const log: string[] = [];
    await expect(atomicBuild(root, site('after'), (l) => log.push(l))).rejects.toThrow(/failed/);
    expect(treeHash(join(root, 'dist'))).toBe(before);
    expect(log).toEqual([`earlier build: deleted ${STAGING_ROOT}/build-999999999`]);
    expect(readdirSync(join(root, STAGING_ROOT))).toEqual([]);
  });

  it('deletes the public/data/ an older build wrote, so Astro cannot copy it over the data files', async () => {
    const root = project();
    put(root, 'public/data/observations.csv', 'stale');
    put(root, 'public/data.tmp-999999999/observations.csv', 'stale');
    expect(recoverKilledBuilds(root).sort()).toEqual([
      "deleted public/data (an older build's output)",
      "deleted public/data.tmp-999999999 (an older build's output)",
    ]);
    expect(readdirSync(join(root, 'public'))).toEqual(['search.js']);
  });
});

describe('swapIn', () => {
  // chattr +i (root, ext4) makes dist/ impossible to move; a read-only parent folder does the same for anyone else.
  const asRoot = process.getuid?.() === 0;
  it(`leaves dist/ as it was, naming the path and the cause, when it may not be replaced (${asRoot ? 'chattr +i' : 'read-only folder'})`, () => {
    const root = project();
    const stage = newStage(root);
    put(stage.distDir, 'index.html', 'new');
    const before = treeHash(join(root, 'dist'));
    const lock = (on: boolean) =>
      asRoot ? execFileSync('chattr', [on ? '+i' : '-i', join(root, 'dist')]) : chmodSync(root, on ? 0o555 : 0o755);
    lock(true);
    try {
      expect(() => swapIn(stage)).toThrow(/could not replace dist: (EPERM|EACCES)/);
    } finally {
      lock(false);
    }
    expect(treeHash(join(root, 'dist'))).toBe(before);
  });

  it('puts the old site back when the new one cannot be renamed into place', () => {
    const root = project();
    const stage = newStage(root);
    // No staged site at all: the second rename fails after the first has moved dist/ aside.
    const before = treeHash(join(root, 'dist'));
    expect(() => swapIn(stage)).toThrow(/could not replace dist: ENOENT/);
    expect(treeHash(join(root, 'dist'))).toBe(before);
    expect(existsSync(join(root, 'dist/index.html'))).toBe(true);
  });
});
