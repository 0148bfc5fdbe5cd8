// Two clean builds give byte-identical sites: the whole build (datasets, pages, search index) runs again in a fresh copy
// of the project, in another directory, under another time zone, and every file must match dist/ byte for byte. A
// journalist can then cite a file's checksum, and a rebuild shows exactly what changed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, distFiles } from './dist-files.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

function checksums(dir: string): Map<string, string> {
  return new Map(
    distFiles(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

describe('the build', () => {
  // The build renders every chart PNG and share card (about 0.4 s each, more on a busy machine): allow 15 minutes.
  it('is reproducible: a second clean build elsewhere gives the same bytes in every file', { timeout: 900_000 }, () => {
    const first = checksums(DIST);
    const copy = mkdtempSync(join(tmpdir(), 'ip-plan-tracker-rebuild-'));
    try {
      for (const f of ['src', 'scripts', 'data', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
        cpSync(join(ROOT, f), join(copy, f), { recursive: true });
      cpSync(join(ROOT, 'public'), join(copy, 'public'), {
        recursive: true,
        filter: (p) => !p.startsWith(join(ROOT, 'public/data')),
      });
      symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
      const build = spawnSync('npm', ['run', 'build'], {
        cwd: copy,
        encoding: 'utf8',
        env: { ...process.env, TZ: 'America/Los_Angeles' },
      });
      expect(build.status, build.stderr.slice(-2000)).toBe(0);
      const second = checksums(join(copy, 'dist'));
      const differ = [...new Set([...first.keys(), ...second.keys()])]
        .filter((f) => first.get(f) !== second.get(f))
        .sort();
      expect(differ).toEqual([]);
      expect(first.size).toBeGreaterThan(100);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
