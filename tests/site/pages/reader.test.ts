// The site as a reader meets it on a 360 px phone: the overview's first screen answers (every task by status, and how
// current the collection is) before anything else; a plan page is a compact list, its tasks in the document's order,
// the promise's own words behind a disclosure and its status pills at their natural width; a briefing shows each
// target's latest figure and status without scrolling sideways; and no document number breaks across lines.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST } from './static-server.ts';
import { useSite } from './use-site.ts';

const site = useSite();

interface Task {
  id: string;
  document_id: string;
  quote_start: number;
}
const TASKS = JSON.parse(readFileSync(join(DIST, 'data/tasks.json'), 'utf8')) as Task[];
const PLANS = [...new Set(TASKS.map((t) => t.document_id))];
const BOTH = (path: string) => [path, `/en${path}`];

async function phone(path: string, height = 640): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 360, height }, deviceScaleFactor: 1 });
  await page.goto(site.origin + path, { waitUntil: 'load' });
  return page;
}

describe('on a 360 × 640 phone', () => {
  it.each(BOTH('/'))('%s answers on its first screen, key figures after', async (path) => {
    const page = await phone(path);
    const box = await page.evaluate(() => {
      const rect = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
      return {
        answer: rect('[data-answer] .answer-line'),
        current: rect('[data-current]'),
        figures: rect('#figures'),
        text: document.querySelector('[data-answer]')!.textContent ?? '',
      };
    });
    await page.close();
    expect(box.answer.top).toBeGreaterThan(0);
    expect(box.answer.bottom).toBeLessThanOrEqual(640);
    expect(box.current.bottom).toBeLessThanOrEqual(640);
    expect(box.figures.top).toBeGreaterThan(box.current.bottom);
    expect(box.text).toContain(String(TASKS.length));
  });

  it.each(PLANS.flatMap((p) => BOTH(`/plans/${p}/`)))('%s reads as a compact list', async (path) => {
    const page = await phone(path);
    const seen = await page.evaluate(() => {
      const visible = (el: Element) => el.checkVisibility();
      const badges = [...document.querySelectorAll('main .badge')].filter(visible).map((b) => {
        const range = document.createRange();
        range.selectNodeContents(b);
        return { width: b.getBoundingClientRect().width, text: range.getBoundingClientRect().width };
      });
      return {
        order: [...document.querySelectorAll('li.task')].map((li) => li.id.replace(/^task-/, '')),
        quotesShown: [...document.querySelectorAll('li.task .passage')].filter(visible).length,
        quotes: document.querySelectorAll('li.task details .passage').length,
        stretched: badges.filter((b) => b.width > b.text + 32),
        badges: badges.length,
        pageWidth: document.documentElement.scrollWidth,
        height: document.documentElement.scrollHeight,
        opened: (() => {
          document.querySelectorAll('li.task details').forEach((d) => ((d as HTMLDetailsElement).open = true));
          return document.documentElement.scrollHeight;
        })(),
      };
    });
    await page.close();
    const plan = path.split('/').at(-2)!;
    const inDocument = TASKS.filter((t) => t.document_id === plan)
      .sort((a, b) => a.quote_start - b.quote_start)
      .map((t) => t.id);
    expect(seen.order).toEqual(inDocument);
    // Every task's own words are there, behind its disclosure, and none shows until it is opened.
    expect(seen.quotes).toBe(inDocument.length);
    expect(seen.quotesShown).toBe(0);
    expect(seen.badges).toBeGreaterThan(0);
    expect(seen.stretched).toEqual([]);
    expect(seen.pageWidth).toBeLessThanOrEqual(360);
    // Closed, the tasks take well under what they take with every quote, reason and piece of evidence shown.
    expect(seen.height).toBeLessThan(seen.opened * 0.6);
  });

  it.each([...BOTH('/briefing/'), ...PLANS.flatMap((p) => BOTH(`/briefing/${p}/`))])(
    '%s shows each figure and status without scrolling sideways',
    async (path) => {
      const page = await phone(path);
      const seen = await page.evaluate(() => {
        const inView = (el: Element) => {
          const r = el.getBoundingClientRect();
          let scroller = el.parentElement;
          while (scroller && scroller.scrollWidth <= scroller.clientWidth + 1) scroller = scroller.parentElement;
          return r.left >= 0 && r.right <= innerWidth && (scroller === null || scroller === document.documentElement);
        };
        const watched = [...document.querySelectorAll('main .badge, main .targets .latest, main table .num')];
        return {
          watched: watched.length,
          hidden: watched.filter((el) => !inView(el)).map((el) => el.textContent?.trim()),
          pageWidth: document.documentElement.scrollWidth,
        };
      });
      await page.close();
      expect(seen.watched).toBeGreaterThan(0);
      expect(seen.hidden).toEqual([]);
      expect(seen.pageWidth).toBeLessThanOrEqual(360);
    },
  );

  const withNumbers = [
    '/',
    '/plans/',
    '/sources/',
    '/briefing/',
    '/changes/',
    '/indicators/court-ip-cases-accepted/',
    '/indicators/rights-assistance-workstations/',
    ...PLANS.flatMap((p) => [`/plans/${p}/`, `/briefing/${p}/`]),
  ].flatMap(BOTH);
  it.each(withNumbers)('%s keeps every document number on one line', async (path) => {
    const page = await phone(path);
    // Open every disclosure: numbers inside them must hold too.
    const broken = await page.evaluate(() => {
      document.querySelectorAll('details').forEach((d) => (d.open = true));
      const numbers = [...document.querySelectorAll('main .doc-number, footer .doc-number')].filter((n) =>
        n.checkVisibility(),
      );
      return {
        count: numbers.length,
        broken: numbers
          .filter((n) => new Set([...n.getClientRects()].map((r) => Math.round(r.top))).size > 1)
          .map((n) => n.textContent),
      };
    });
    await page.close();
    expect(broken.count).toBeGreaterThan(0);
    expect(broken.broken).toEqual([]);
  });

  it.each(BOTH('/plans/shanghai-2023-plan/'))('%s dates a full citation by the day it is read', async (path) => {
    const page = await phone(path);
    const cited = await page.locator('section.cite dd').last().innerText();
    await page.close();
    const now = new Date();
    expect(cited).toMatch(
      path.startsWith('/en/')
        ? new RegExp(`Accessed ${now.getDate()} [A-Z][a-z]+ ${now.getFullYear()}\\.$`)
        : new RegExp(`访问日期：${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日。$`),
    );
  });
});
