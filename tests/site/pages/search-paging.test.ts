// Search in a real browser: every result of a broad query is reachable (a "more results" button loads the next page
// until none is left, and the count says how many are shown of how many), and an excerpt never runs a label into
// its value ("DefinitionNumber of…UnitcasesChinese name…").
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from './use-site.ts';
import { en } from '../../../src/site/words/strings/en.ts';

const site = useSite();

async function searchFor(page: Page, path: string, query: string) {
  await page.goto(`${site.origin}${path}?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /\d/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, {
    timeout: 15_000,
  });
}

const shown = (page: Page) => page.locator('[data-search-results] > li').count();

describe('search results', () => {
  it('can all be reached, a page at a time, for a query with more results than one page', async () => {
    const page = await site.browser.newPage();
    await searchFor(page, '/search/', '知识产权');
    const status = await page.locator('[data-search-status]').innerText();
    const total = Number(/找到 (\d+) 个页面/.exec(status)?.[1]);
    // The test needs a query with more than one page of results to mean anything.
    expect(total).toBeGreaterThan(20);
    expect(await shown(page)).toBe(20);
    expect(status).toContain('已显示前 20 个');
    const more = page.locator('[data-search-more]');
    let clicks = 0;
    while (await more.isVisible()) {
      const before = await shown(page);
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length > n, before);
      clicks += 1;
      expect(clicks).toBeLessThan(50);
    }
    expect(await shown(page)).toBe(total);
    expect(await page.locator('[data-search-status]').innerText()).toBe(`找到 ${total} 个页面。`);
    const urls = await page.$$eval('[data-search-results] a', (as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(urls).size).toBe(total);
    await page.close();
  });

  it('show excerpts in which no label runs into its value', async () => {
    const page = await site.browser.newPage();
    // Words of the labelled fields of indicator, plan and source pages.
    const labels = [en.definition, en.unit, en.chineseName, en.docNumber, en.issuer, en.jurisdiction, en.kind];
    const excerpts: string[] = [];
    for (const query of ['cases', 'mediation', 'plan']) {
      await searchFor(page, '/en/search/', query);
      excerpts.push(...(await page.$$eval('[data-search-results] p', (ps) => ps.map((p) => p.textContent ?? ''))));
    }
    expect(excerpts.length).toBeGreaterThan(10);
    for (const excerpt of excerpts) {
      for (const label of labels)
        expect(excerpt, excerpt).not.toMatch(new RegExp(`${label}[A-Za-z0-9\\u3400-\\u9fff]`));
      // A word's last letter against the next word's capital: two fields' text run together.
      expect(excerpt, excerpt).not.toMatch(/[a-z][A-Z][a-z]/);
    }
    await page.close();
  });
});
