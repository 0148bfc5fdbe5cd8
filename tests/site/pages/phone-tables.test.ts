// At 360 px every table reads: no cell breaks a word, no cell clips its content, and the page itself never scrolls
// sideways; a table wider than the phone scrolls in its own box, which shows a shadow as the cue that it does.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from './pages.ts';
import { useSite } from './use-site.ts';

const site = useSite();

// Every page type with tables, in both languages: the overview (the status chart's data table), a plan, an
// indicator (observation tables), a source, the briefings and the downloads.
const PAGES = builtPages().filter((p) =>
  /^\/(en\/)?(|plans\/[^/]+\/|indicators\/[^/]+\/|sources\/[^/]+\/|briefing\/(|[^/]+\/)|data\/)$/.test(p),
);

interface Finding {
  broken: string[];
  clipped: string[];
  pageWidth: number;
  scrollersWithoutCue: number;
  tables: number;
}

describe('tables on a 360 px phone', () => {
  // One phone for every page: a page's tables do not depend on the pages read before it (no script keeps state).
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  it('covers every page type that has tables', () => {
    expect(PAGES.length).toBeGreaterThan(10);
  });

  it.each(PAGES)('%s', async (path) => {
    await page.goto(site.origin + path, { waitUntil: 'load' });
    // Data tables hidden in <details> are opened, as a reader would.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const f: Finding = await page.evaluate(() => {
      const broken: string[] = [];
      const clipped: string[] = [];
      const cells = [...document.querySelectorAll('main table th, main table td')];
      for (const cell of cells) {
        if (cell.scrollWidth > cell.clientWidth + 1) clipped.push(cell.textContent!.trim().slice(0, 60));
        // A cell whose text sits on one line breaks no word: only cells that wrap are read word by word.
        const whole = document.createRange();
        whole.selectNodeContents(cell);
        if (new Set([...whole.getClientRects()].map((r) => Math.round(r.top))).size < 2) continue;
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const m of node.textContent!.matchAll(/[A-Za-z0-9][A-Za-z0-9,.'’]*[A-Za-z0-9]/g)) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (tops.size > 1) broken.push(m[0]);
          }
        }
      }
      const scrollers = [...document.querySelectorAll('main .table-scroll')].filter(
        (s) => s.scrollWidth > s.clientWidth + 1,
      );
      return {
        broken,
        clipped,
        pageWidth: document.documentElement.scrollWidth,
        scrollersWithoutCue: scrollers.filter((s) => !getComputedStyle(s).backgroundImage.includes('gradient')).length,
        tables: cells.length,
      };
    });
    expect(f.broken).toEqual([]);
    expect(f.clipped).toEqual([]);
    expect(f.pageWidth).toBeLessThanOrEqual(360);
    expect(f.scrollersWithoutCue).toBe(0);
  });
});
