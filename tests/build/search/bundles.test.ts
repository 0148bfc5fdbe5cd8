// A large site's search index in several bundles: each page in exactly one, the first bundle listing the others,
// pages not marked searchable in none, and the site's own search page (public/search.js) finding a page of a later
// bundle in a real browser, through Pagefind's mergeIndex.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLES_FILE, buildSearchIndex, bundlesOf, indexWeight } from '../../../src/build/search-index.ts';
import { launch } from '../../site/pages/browser.ts';
import { serveStatic, type StaticServer } from '../../site/pages/static-server.ts';

const dist = join(import.meta.dirname, '../../../dist');
const site = mkdtempSync(join(tmpdir(), 'search-bundles-'));
const page = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body>` +
  `<main data-pagefind-body><h1>${body}</h1><p>${body}</p></main></body></html>`;

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
  it('cuts the pages into bundles of about the budget, in order, none empty', () => {
    const files = ['a', 'b', 'c', 'd'].map((file, i) => ({ file, weight: 10 * (i + 1) }));
    expect(bundlesOf(files, 30)).toEqual([['a', 'b'], ['c'], ['d']]);
    expect(bundlesOf(files, 1000)).toEqual([['a', 'b', 'c', 'd']]);
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
