// The search index's cache, with real Pagefind on real files: a run from the cache writes dist/pagefind/ byte for
// byte as a clean run does (whatever a killed run left staged); after one page is edited or added, only the bundles
// holding it are indexed again (also when the bundles after it are renumbered) and the index is still a clean run's;
// entries this run did not use, and what a killed run left half written, are deleted; a cache that cannot be written
// only costs time.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, bundlesOf, LARGE_PAGE } from '../../../src/build/search-index.ts';
import { indexWeight, searchableText } from '../../../src/build/page-facts.ts';

const root = mkdtempSync(join(tmpdir(), 'search-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const WORDS = ['专利', '商标', '版权', '维权', '援助', '调解', '仲裁', '质押', '融资', '保险', '海外', '纠纷', '执法'];
const page = (n: number) => {
  // Each page its own words (its number picks them), so that no two pages and no two bundles index alike.
  const text = Array.from({ length: 40 }, (_, i) => WORDS[(n * 7 + i * (n % 5) + i) % WORDS.length]).join('');
  return (
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body>` +
    `<main data-pagefind-body><h1>文件${n}</h1><p>${text}</p><p>编号${n}</p></main></body></html>`
  );
};
const PAGES = 24;
const path = (n: number) => `doc-${String(n).padStart(2, '0')}/index.html`;

/** A site of PAGES pages (and a home page not marked searchable), and a cache folder beside it. */
function newSite(): { dist: string; cache: string } {
  const dir = mkdtempSync(join(root, 'site-'));
  const dist = join(dir, 'dist');
  for (let n = 0; n < PAGES; n++) put(dist, path(n), page(n));
  put(dist, 'index.html', '<!doctype html><html lang="zh-CN"><title>t</title><p>首页</p></html>');
  return { dist, cache: join(dir, 'cache') };
}
const put = (dist: string, file: string, html: string) => {
  mkdirSync(join(dist, file, '..'), { recursive: true });
  writeFileSync(join(dist, file), html);
};

/** Every page's weight, as buildSearchIndex weighs it. */
const weights = (dist: string, files: string[]) =>
  files.map((file) => ({ file, weight: indexWeight(searchableText(readFileSync(join(dist, file), 'utf8')).text) }));

/** A third of the site's weight: it cuts the site into eight bundles, of one page to seven. */
const BUDGET = Math.round(indexWeight(searchableText(page(0)).text) * (PAGES / 3));

/** Every file of dist/pagefind/ and its SHA-256: equal means the same files, byte for byte. */
function output(dist: string): Record<string, string> {
  const dir = join(dist, 'pagefind');
  const out: Record<string, string> = {};
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (d.isFile()) {
      const file = join(d.parentPath, d.name);
      out[file.slice(dir.length + 1)] = createHash('sha256').update(readFileSync(file)).digest('hex');
    }
  return out;
}

/** The same site indexed again without a cache. */
async function cleanOutput(dist: string): Promise<Record<string, string>> {
  await buildSearchIndex(dist, BUDGET);
  return output(dist);
}

/** The cache's entries (folders named by a key). */
const entries = (cache: string) => readdirSync(cache).filter((name) => /^[0-9a-f]{64}$/.test(name));

describe('the search index cache', { timeout: 120_000 }, () => {
  it('writes from the cache the same bytes as a clean run, every bundle from the cache', async () => {
    const { dist, cache } = newSite();
    // And a long page, indexed in parts: their count comes from the cache too.
    const long = Array.from({ length: LARGE_PAGE / 25 }, (_, n) => `<p>paragraph ${n} of a long page</p>`).join('\n');
    put(dist, 'long/index.html', page(99).replace('</main>', `${long}</main>`));
    const clean = await buildSearchIndex(dist, BUDGET);
    const cleanFiles = output(dist);
    expect(clean.bundles).toBeGreaterThanOrEqual(3);
    expect(clean.parts).toBeGreaterThan(1);
    expect(clean).toMatchObject({ indexed: clean.bundles, cached: 0 });
    // The bundles after the first are in their own folders inside pagefind/, each a whole Pagefind index.
    expect(Object.keys(cleanFiles)).toContain('pagefind.js');
    expect(Object.keys(cleanFiles)).toContain(`bundle-${clean.bundles}/pagefind-entry.json`);

    const filling = await buildSearchIndex(dist, BUDGET, cache);
    expect(filling).toEqual({ ...clean, indexed: clean.bundles, cached: 0 });
    expect(output(dist)).toEqual(cleanFiles);
    expect(entries(cache)).toHaveLength(clean.bundles);

    // What a killed run left staged beside the site: a bundle copied from the cache must not be merged into it.
    put(dist, '.pagefind-bundle-2/fragment/stray.pf_fragment', 'stray');
    put(dist, '.pagefind-bundle-99/stray.pf_fragment', 'stray');
    const full = await buildSearchIndex(dist, BUDGET, cache);
    expect(full).toEqual({ ...clean, indexed: 0, cached: clean.bundles });
    expect(output(dist)).toEqual(cleanFiles);
    expect(readdirSync(dist).filter((name) => name.startsWith('.pagefind'))).toEqual([]);
  });

  it('indexes again only the bundle of a page edited, and deletes the entry it replaces', async () => {
    const { dist, cache } = newSite();
    const before = await buildSearchIndex(dist, BUDGET, cache);
    const entriesBefore = entries(cache);
    // What a killed run left half written, and a file the cache did not write.
    mkdirSync(join(cache, `.partial-${'0'.repeat(64)}-1`, 'bundle'), { recursive: true });
    writeFileSync(join(cache, 'README'), 'not an entry');

    // The same number of characters of the same kind: the page weighs the same and the bundles keep their pages.
    const edited = path(PAGES / 2);
    put(dist, edited, readFileSync(join(dist, edited), 'utf8').replace('<p>编号', '<p>序号'));
    const after = await buildSearchIndex(dist, BUDGET, cache);
    expect(after).toEqual({ ...before, indexed: 1, cached: before.bundles - 1 });
    const entriesAfter = entries(cache);
    expect(entriesAfter).toHaveLength(before.bundles);
    expect(entriesAfter.filter((e) => !entriesBefore.includes(e))).toHaveLength(1);
    expect(entriesBefore.filter((e) => !entriesAfter.includes(e))).toHaveLength(1);
    expect(readdirSync(cache).filter((name) => name.startsWith('.partial-'))).toEqual([]);
    expect(readFileSync(join(cache, 'README'), 'utf8')).toBe('not an entry');

    const cached = output(dist);
    expect(cached).toEqual(await cleanOutput(dist));
  });

  it('indexes again only the bundles of a page added before others, renumbered, as a clean run would', async () => {
    const { dist, cache } = newSite();
    const files = Array.from({ length: PAGES }, (_, n) => path(n));
    const old = bundlesOf(weights(dist, files), BUDGET);
    // A new page after the second that starts a bundle of its own: every bundle after it moves up by one.
    const html = page(100);
    let added = '';
    for (let i = 0; !added && i < 1000; i++) {
      const file = `doc-01-${i}/index.html`;
      put(dist, file, html);
      const now = bundlesOf(weights(dist, [...files, file].sort()), BUDGET);
      rmSync(join(dist, file, '..'), { recursive: true });
      if (now.length === old.length + 1 && now.some((b) => b[0] === file) && now.at(-1)!.join() === old.at(-1)!.join())
        added = file;
    }
    expect(added).not.toBe('');

    const before = await buildSearchIndex(dist, BUDGET, cache);
    put(dist, added, html);
    const after = await buildSearchIndex(dist, BUDGET, cache);
    expect(after.bundles).toBe(before.bundles + 1);
    expect(after.indexed).toBeLessThanOrEqual(2);
    expect(after.cached).toBe(after.bundles - after.indexed);
    expect(entries(cache)).toHaveLength(after.bundles);

    const cached = output(dist);
    expect(cached).toEqual(await cleanOutput(dist));
  });

  it('builds the same index when the cache cannot be written, indexing every bundle', async () => {
    const { dist } = newSite();
    // A cache folder inside a file: it can be neither made nor written, as a read-only one.
    writeFileSync(join(dist, '..', 'file'), '');
    const run = await buildSearchIndex(dist, BUDGET, join(dist, '..', 'file', 'cache'));
    expect(run).toMatchObject({ indexed: run.bundles, cached: 0 });
    const cached = output(dist);
    expect(cached).toEqual(await cleanOutput(dist));
  });
});
