// Site search in a real browser against the built site: Chinese queries (including two-character words) find the
// pages that mention them, an English query on /en/search/ finds English pages, the page stays within the
// JavaScript budget, nothing is fetched from another host, and with JavaScript off the page says what to do instead.
import type { Page } from 'playwright-core';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useSite } from '../../site/pages/use-site.ts';

const site = useSite();

interface Run {
  urls: string[];
  titles: string[];
  offHost: string[];
  errors: string[];
  /** Gzipped bytes of every JavaScript file the page loaded. */
  jsGzip: number;
}

/** Open a search page, search for `query`, and return the result links and what the page requested. */
async function search(path: string, query: string): Promise<Run> {
  const context = await site.browser.newContext();
  const page: Page = await context.newPage();
  const offHost: string[] = [];
  const errors: string[] = [];
  const scripts: Promise<number>[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.origin !== site.origin) offHost.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
    if (r.request().resourceType() === 'script' || r.url().endsWith('.js'))
      scripts.push(r.body().then((b) => gzipSync(b).length));
  });
  await page.goto(`${site.origin}${path}`);
  await page.fill('#q', query);
  await page.click('form[role=search] button');
  await page.waitForFunction(
    () => /\d|没有|No results|无法|could not/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
    null,
    { timeout: 15_000 },
  );
  const links = await page.$$eval('[data-search-results] li > a', (as) =>
    as.map((a) => ({ url: a.getAttribute('href')!, title: a.textContent ?? '' })),
  );
  const jsGzip = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
  await context.close();
  return { urls: links.map((l) => l.url), titles: links.map((l) => l.title), offHost, errors, jsGzip };
}

describe('site search', () => {
  it('finds the WIPO mediation indicator for 调解', async () => {
    const run = await search('/search/', '调解');
    expect(run.errors).toEqual([]);
    expect(run.urls).toContain('/indicators/wipo-mediation-cases-entrusted/');
    expect(run.urls.every((u) => !u.startsWith('/en/'))).toBe(true);
    expect(run.offHost).toEqual([]);
  });

  it('finds the insurance indicators for the two-character word 保险', async () => {
    const run = await search('/search/', '保险');
    expect(run.urls).toContain('/indicators/ip-insurance-policies/');
    expect(run.urls).toContain('/indicators/ip-insurance-amount/');
    expect(run.offHost).toEqual([]);
  });

  it('finds plans and their tasks by a task word', async () => {
    const run = await search('/search/', '工作站');
    expect(run.urls.some((u) => u.startsWith('/plans/'))).toBe(true);
    expect(run.urls.some((u) => u.startsWith('/sources/'))).toBe(true);
  });

  it('returns English pages for an English query on /en/search/', async () => {
    const run = await search('/en/search/', 'insurance');
    expect(run.errors).toEqual([]);
    expect(run.urls).toContain('/en/indicators/ip-insurance-policies/');
    expect(run.urls.length).toBeGreaterThan(0);
    expect(run.urls.every((u) => u.startsWith('/en/'))).toBe(true);
    expect(run.offHost).toEqual([]);
  });

  it('reports no result for a word the site does not contain', async () => {
    const run = await search('/en/search/', 'zzyzxq');
    expect(run.errors).toEqual([]);
    expect(run.urls).toEqual([]);
  });

  it('stays within 20 KB of gzipped JavaScript', async () => {
    const run = await search('/search/', '调解');
    expect(run.jsGzip).toBeGreaterThan(5_000);
    expect(run.jsGzip).toBeLessThanOrEqual(20_000);
  });

  it('says search needs JavaScript, and links to the index pages, when JavaScript is off', async () => {
    for (const [path, phrase, plans] of [
      ['/search/', '需要启用 JavaScript', '/plans/'],
      ['/en/search/', 'needs JavaScript', '/en/plans/'],
    ] as const) {
      const context = await site.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${site.origin}${path}`);
      expect(await page.locator('main').innerText()).toContain(phrase);
      expect(await page.locator(`main a[href="${plans}"]`).count()).toBe(1);
      await context.close();
    }
  });
});
