// `npm run build` itself, in a copy of the project in another folder and time zone. It is the test suite's second and
// last full build (the first made dist/): killed with SIGKILL mid-build, or stopped by bad data, it leaves dist/ as
// it was; a stale staging folder a killed build marked as finished is never published; and a site built there is byte
// for byte equal to dist/ (reproducible), every page under the constant policy, also when it is built incrementally
// (Astro's cache and the search index's): a document added, then taken out again, then added back, each build equal
// to a clean one.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineContent } from '../../src/build/csp.ts';
import { STAGING_ROOT } from '../../src/build/atomic.ts';
import { POLICY } from '../../src/shared/policy.ts';
import { DIST, distFiles } from '../site/quality/dist-files.ts';
import { addDocument, projectCopy, treeHash } from './tree.ts';

const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;
const dir = projectCopy();
const env = { ...process.env, TZ: 'America/Los_Angeles' };
const build = () => spawnSync(process.execPath, ['scripts/build.ts'], { cwd: dir, encoding: 'utf8', env });
const checksums = (root: string) =>
  new Map(
    distFiles(root).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(root, f)))
        .digest('hex'),
    ]),
  );

describe('npm run build in a copy of the project', { timeout: 900_000 }, () => {
  const baseline = treeHash(join(dir, 'dist'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('killed with SIGKILL mid-build, leaves dist/ as it was', async () => {
    const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: dir, detached: true, stdio: 'ignore', env });
    const stageDist = join(dir, STAGING_ROOT, `build-${child.pid}`, 'dist');
    // Killed once Astro has started writing pages into the stage.
    for (let i = 0; i < 1200 && !(existsSync(stageDist) && readdirSync(stageDist).length); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(stageDist)).toBe(true);
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((r) => child.on('exit', r));
    expect(treeHash(join(dir, 'dist'))).toBe(baseline);
  });

  it('stopped by bad data, names the file and the entry, prints no stack trace and leaves dist/ as it was', () => {
    const file = join(dir, 'data/indicators.json');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace(/"unit": "件"/, '"unit": ""'));
    const r = build();
    writeFileSync(file, original);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^build: data\/indicators\.json/m);
    expect(r.stderr).toContain('build: nothing was published; dist/ is as it was');
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(treeHash(join(dir, 'dist'))).toBe(baseline);
  });

  it('builds the same bytes as dist/ elsewhere and in another time zone, every page under the policy, incrementally too', () => {
    // A first build with one document more (Astro's and the search index's caches filled), then the document taken
    // out: the second build takes most pages from the caches and must equal the clean build of the same data (dist/).
    const remove = addDocument(dir);
    const withDocument = build();
    expect(withDocument.status, withDocument.stderr.slice(-2000)).toBe(0);
    const added = checksums(join(dir, 'dist'));
    expect([...added.keys()]).toContain('sources/synthetic-0001/index.html');
    remove();
    // What a killed build may leave, even marked as finished: never published.
    mkdirSync(join(dir, STAGING_ROOT, 'build-999999999', 'dist'), { recursive: true });
    writeFileSync(join(dir, STAGING_ROOT, 'build-999999999', 'COMMITTED'), '');
    writeFileSync(join(dir, STAGING_ROOT, 'build-999999999', 'dist', 'stale.html'), '<p>stale</p>');
    const r = build();
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    expect(r.stdout).toContain('build: dist/ replaced');
    const built = join(dir, 'dist');
    expect(existsSync(join(built, 'stale.html'))).toBe(false);
    expect(readdirSync(join(dir, STAGING_ROOT))).toEqual([]);
    const headers = readFileSync(join(built, '_headers'), 'utf8');
    expect(headers).toContain(`/*\n  Content-Security-Policy: ${POLICY}\n`);
    for (const page of distFiles(built).filter((f) => f.endsWith('.html')))
      expect(inlineContent(readFileSync(join(built, page), 'utf8')), page).toEqual([]);
    // Most files came from the cache (the check below compares a real incremental build): every keyed page but those
    // the document touched. Were the pages' code to look changed from build to build (Astro hashes the compiled
    // modules), none would.
    // Astro colours its log when the environment asks for colour (CI does): read the text without the escapes.
    const log = stripVTControlCharacters(r.stdout);
    const fromCache = log.match(/\((cached|restored)\)\s*$/gm)?.length ?? 0;
    const rendered = log.match(/\(\+[\d.]+m?s\)\s*$/gm)?.length ?? 0;
    expect(rendered).toBeGreaterThan(0);
    expect(fromCache).toBeGreaterThan(3 * rendered);
    const differ = (a: Map<string, string>, b: Map<string, string>) =>
      [...new Set([...a.keys(), ...b.keys()])].filter((f) => a.get(f) !== b.get(f)).sort();
    const first = checksums(DIST);
    expect(differ(first, checksums(built))).toEqual([]);
    expect(first.size).toBeGreaterThan(100);
    // The document added back: the same bytes as the clean build with it.
    addDocument(dir);
    const again = build();
    expect(again.status, again.stderr.slice(-2000)).toBe(0);
    expect(differ(added, checksums(built))).toEqual([]);
  });
});
