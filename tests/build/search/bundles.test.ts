// A large site's search index in several bundles: each page in exactly one, the bundles about half the budget and cut
// where the pages say, so that a page added or removed changes one or two of them and leaves the others as they were;
// the first bundle listing the others, pages not marked searchable in none, and the site's own search page
// (public/search.js) finding a page of a later bundle in a real browser, through Pagefind's mergeIndex.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLES_FILE, buildSearchIndex, bundlesOf, searchBundles } from '../../../src/build/search-index.ts';
import { indexWeight } from '../../../src/build/page-facts.ts';
import { launch } from '../../site/pages/browser.ts';
import { serveStatic, type StaticServer } from '../../site/pages/static-server.ts';

const dist = join(import.meta.dirname, '../../../dist');
const site = mkdtempSync(join(tmpdir(), 'search-bundles-'));
const page = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body>` +
  `<main data-pagefind-body><h1>${body}</h1><p>${body}</p></main></body></html>`;

/** A budget for `synthetic` pages, some forty of them on average. */
const BUDGET = 2000;

/**
 * `n` pages in path order, weighing 1 to 100 in a fixed pseudo-random sequence (the same on every run), every 97th
 * three quarters of the budget, so that the budget also cuts.
 */
function synthetic(n: number): { file: string; weight: number }[] {
  let seed = 1;
  const next = () => (seed = (seed * 48271) % 2147483647);
  return Array.from({ length: n }, (_, i) => ({
    file: `sources/doc-${String(i).padStart(5, '0')}/index.html`,
    weight: i % 97 === 96 ? (3 * BUDGET) / 4 : 1 + (next() % 100),
  }));
}

let server: StaticServer;
let browser: Browser;
let built: Awaited<ReturnType<typeof buildSearchIndex>>;

beforeAll(async () => {
  // The built site's search page, stylesheet and script, beside three small pages.
  for (const f of ['search', '_astro', 'search.js']) cpSync(join(dist, f), join(site, f), { recursive: true });
  for (const [dir, words] of [
    ['a', '维权援助工作站甲'],
    ['b', '海外纠纷应对指导乙'],
    ['c', '知识产权质押融资丙'],
  ]) {
    mkdirSync(join(site, dir));
    writeFileSync(join(site, dir, 'index.html'), page(words!));
  }
  writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="zh-CN"><title>t</title><p>首页</p></html>');
  // A budget of one byte: every page its own bundle.
  built = await buildSearchIndex(site, 1);
  server = await serveStatic(site);
  browser = await launch();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

describe('search in several bundles', () => {
  it('keeps a site within the budget in one bundle, and gives a page past the budget a bundle of its own', () => {
    const files = ['a', 'b', 'c', 'd'].map((file, i) => ({ file, weight: 10 * (i + 1) }));
    expect(bundlesOf(files, 100)).toEqual([['a', 'b', 'c', 'd']]);
    expect(bundlesOf(files, 1)).toEqual([['a'], ['b'], ['c'], ['d']]);
    expect(bundlesOf([], 1)).toEqual([[]]);
  });

  it('cuts a large site into bundles of about half the budget, each page once and in order', () => {
    const files = synthetic(2000);
    const weight = new Map(files.map((f) => [f.file, f.weight]));
    const bundles = bundlesOf(files, BUDGET);
    expect(bundles.flat()).toEqual(files.map((f) => f.file));
    const sizes = bundles.map((b) => b.reduce((n, f) => n + weight.get(f)!, 0));
    for (const [n, b] of bundles.entries()) {
      expect(b.length).toBeGreaterThan(0);
      if (b.length > 1) expect(sizes[n]).toBeLessThanOrEqual(BUDGET);
    }
    // Neither a bundle per page nor bundles filled to the budget: about half of it on average.
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(0.3 * BUDGET);
    expect(mean).toBeLessThan(0.6 * BUDGET);
  });

  it('changes only the bundles around a page added or removed: one, at times two, the others the same lists', () => {
    const files = synthetic(2000);
    const old = bundlesOf(files, BUDGET);
    const before = new Set(old.map((b) => b.join()));
    /** The bundles of a changed site that the old one has not (to index again), and how many of the old are gone. */
    const changed = (files: { file: string; weight: number }[]) => {
      const now = bundlesOf(files, BUDGET);
      const after = new Set(now.map((b) => b.join()));
      return {
        indexed: now.filter((b) => !before.has(b.join())).length,
        gone: old.filter((b) => !after.has(b.join())).length,
      };
    };
    const counts: number[] = [];
    for (let i = 0; i < files.length; i += 4) {
      const added = { file: files[i]!.file.replace('/index.html', '/more/index.html'), weight: 1 + (i % 100) };
      const add = changed([...files.slice(0, i + 1), added, ...files.slice(i + 1)]);
      const remove = changed(files.toSpliced(i, 1));
      // A cut the budget made moves when the bundle before it gains or loses weight, and the cut after it with it
      // until a cut the pages make: three bundles at most here, and far less often than one or two.
      expect(add.indexed, `${added.file} added`).toBeGreaterThanOrEqual(1);
      for (const n of [add.indexed, add.gone, remove.indexed, remove.gone])
        expect(n, `page ${i}`).toBeLessThanOrEqual(3);
      counts.push(add.indexed, remove.indexed);
    }
    expect(counts.filter((n) => n <= 1).length / counts.length).toBeGreaterThan(0.75);
    expect(counts.filter((n) => n <= 2).length / counts.length).toBeGreaterThan(0.99);
  });

  it('keeps the pages listing the collection apart, and a document’s pages in both languages together', () => {
    // A site of 400 documents, each with a source and a plan page in both languages, and the section indexes.
    const site = (n: number) => [
      ...['index.html', 'sources/index.html', 'plans/index.html'].flatMap((f) => [
        { file: f, weight: 5 + n / 100 },
        { file: `en/${f}`, weight: 4 + n / 100 },
      ]),
      ...Array.from({ length: n }, (_, i) => `doc-${String(i).padStart(4, '0')}`).flatMap((id) =>
        ['sources', 'plans', 'en/sources', 'en/plans'].map((s) => ({ file: `${s}/${id}/index.html`, weight: 10 })),
      ),
    ];
    const small = site(3);
    expect(searchBundles(small, 10_000)).toEqual([small.map((p) => p.file)]);
    const before = searchBundles(site(400), BUDGET);
    expect(before[0]).toEqual(
      site(400)
        .slice(0, 6)
        .map((p) => p.file),
    );
    const home = (file: string, bundles: string[][]) => bundles.findIndex((b) => b.includes(file));
    for (const id of ['doc-0000', 'doc-0123', 'doc-0399'])
      expect(
        new Set(['sources', 'plans', 'en/sources', 'en/plans'].map((s) => home(`${s}/${id}/index.html`, before))).size,
      ).toBeLessThanOrEqual(2);
    // One document more: its four pages go to one or two bundles, and the listing pages it changes are all in the
    // first; every other bundle keeps its pages (and so, its pages unchanged, comes from the cache).
    const after = searchBundles(site(401), BUDGET);
    const kept = new Set(before.map((b) => b.join()));
    const changed = after.filter((b) => !kept.has(b.join()));
    expect(changed.length).toBeGreaterThanOrEqual(1);
    expect(changed.length).toBeLessThanOrEqual(2);
    expect(after[0]).toEqual(before[0]);
    expect(after.length).toBeGreaterThan(10);
  });

  it('weighs a Chinese character as eleven Latin ones, as an indexer spends memory on them', () => {
    expect(indexWeight('patent')).toBe(6);
    expect(indexWeight('专利')).toBe(22);
    expect(indexWeight('发明专利 2024')).toBe(4 * 11 + 5);
  });

  it('writes one bundle per searchable page, the first listing the others, unsearchable pages in none', () => {
    // Three pages marked searchable; the home and search pages here are not.
    expect(built.bundles).toBe(3);
    const more = JSON.parse(readFileSync(join(site, 'pagefind', BUNDLES_FILE), 'utf8')) as string[];
    expect(more).toEqual(['/pagefind/bundle-2/', '/pagefind/bundle-3/']);
  });

  it('finds the page of every bundle from the search page', { timeout: 60_000 }, async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    tab.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('.pf_meta')) errors.push(`HTTP ${r.status()} ${r.url()}`);
    });
    for (const [query, url] of [
      ['工作站', '/a/'],
      ['海外', '/b/'],
      ['融资', '/c/'],
    ]) {
      await tab.goto(`${server.origin}/search/?q=${encodeURIComponent(query!)}`);
      await tab.waitForFunction(
        () => /\d|没有|无法/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
        null,
        { timeout: 15_000 },
      );
      const urls = await tab.$$eval('[data-search-results] li > a', (as) => as.map((a) => a.getAttribute('href')));
      expect(urls, query).toEqual([url]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
