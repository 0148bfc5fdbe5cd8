// Each test-sample folder's README lists its samples with their counts of figures and new-indicator figures; the key
// checker counts them from the keys. A README that drifts from its keys misstates what the bench measures on.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOLDOUT_DIRS, UNSEEN_DIR } from '../../../src/authoring/bench/unseen.ts';

const ROOT = join(import.meta.dirname, '../../..');
const CHECKER = join(ROOT, UNSEEN_DIR, 'check-keys.mjs');

/** name → [figures, new-indicator figures], as the checker counts them from the keys. */
function counted(folder: string): Map<string, [number, number]> {
  const r = spawnSync(process.execPath, [CHECKER, folder], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const rows = r.stdout.trim().split('\n').slice(1);
  return new Map(
    rows.map((row) => {
      const cells = row.split('\t');
      return [cells[0]!, [Number(cells[4]), Number(cells[5])]];
    }),
  );
}

/** name → [figures, new-indicator figures], as the README's table states them. */
function tabled(folder: string): Map<string, [number, number]> {
  const text = readFileSync(join(ROOT, folder, 'README.md'), 'utf8');
  const out = new Map<string, [number, number]>();
  for (const m of text.matchAll(/^\| ([a-z0-9-]+) \| [a-z_]+ \| [^|]+ \| \d{4} \| (\d+) \| (\d+) \|/gmu))
    out.set(m[1]!, [Number(m[2]), Number(m[3])]);
  return out;
}

describe.each([UNSEEN_DIR, ...HOLDOUT_DIRS])('the table of %s/README.md', (folder) => {
  it('lists every sample with the counts its key holds', () => {
    const keys = counted(folder);
    expect(keys.size).toBeGreaterThan(0);
    expect(Object.fromEntries(tabled(folder))).toEqual(Object.fromEntries(keys));
  });
});
