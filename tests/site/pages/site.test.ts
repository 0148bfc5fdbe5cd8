// The built site in a real browser: every page of both languages loads cleanly and stays on this host, the language
// switch keeps the reader on the same page, a figure's source link lands on its highlighted sentence, charts are there
// without JavaScript, and nothing scrolls sideways on a 360 px phone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, pageHtml } from './pages.ts';
import { DIST } from './static-server.ts';
import { useSite } from './use-site.ts';

const site = useSite();

const pages = builtPages();
const zhPages = pages.filter((p) => !p.startsWith('/en/'));
/** Embed pages are the chart alone, for other sites' frames: no header, navigation, footer or language switch. */
const isEmbed = (path: string) => /^(\/en)?\/embed\//.test(path);

/** A tab that records what goes wrong while pages load: console errors, failed requests, other hosts. */
class Tab {
  problems: string[] = [];
  readonly page: Page;
  private constructor(page: Page) {
    this.page = page;
    page.on('console', (m) => {
      if (m.type() === 'error') this.problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => this.problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => this.problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
    page.on('response', (r) => {
      if (r.status() >= 400) this.problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol !== 'data:' && url.origin !== site.origin)
        this.problems.push(`request to another host: ${r.url()}`);
    });
  }

  static async open(context: BrowserContext): Promise<Tab> {
    return new Tab(await context.newPage());
  }

  /** Load a page; returns the problems seen while loading it. */
  async visit(path: string): Promise<string[]> {
    this.problems = [];
    await this.page.goto(site.origin + path, { waitUntil: 'load' });
    return this.problems;
  }
}

describe('the built site', () => {
  it('has every page in both languages', () => {
    expect(zhPages.length).toBeGreaterThan(5);
    const en = pages.filter((p) => p.startsWith('/en/')).sort();
    expect(en).toEqual(zhPages.map((p) => `/en${p}`).sort());
  });

  // Every page of both languages, embeds included, loaded once at 360 px (a phone, as most readers come): what went
  // wrong while it loaded, its structure, and whether it scrolls sideways, read in one round trip per page.
  const visited: { path: string; problems: string[]; scroll: number; inner: number }[] = [];
  beforeAll(async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
    const tab = await Tab.open(context);
    for (const path of pages) {
      const problems = await tab.visit(path);
      const seen = await tab.page.evaluate(() => ({
        lang: document.documentElement.getAttribute('lang'),
        h1s: document.querySelectorAll('main h1').length,
        levels: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])),
        landmarks: Object.fromEntries(
          ['header', 'nav', 'main', 'footer'].map((l) => [l, document.querySelectorAll(l).length]),
        ),
        scroll: document.documentElement.scrollWidth,
        inner: innerWidth,
      }));
      if (seen.lang !== (path.startsWith('/en/') ? 'en' : 'zh-CN')) problems.push(`html lang is ${seen.lang}`);
      if (seen.h1s !== 1) problems.push('page has no single h1 in main');
      seen.levels.forEach((level, i) => {
        if (i > 0 && level > seen.levels[i - 1]! + 1) problems.push(`heading h${level} follows h${seen.levels[i - 1]}`);
      });
      for (const landmark of isEmbed(path) ? ['main'] : ['header', 'nav', 'main', 'footer'])
        if (!seen.landmarks[landmark]) problems.push(`no <${landmark}>`);
      visited.push({ path, problems: [...problems], scroll: seen.scroll, inner: seen.inner });
    }
    await context.close();
  }, 900_000);

  it('loads every page with no console error, no failed request and no request to another host', () => {
    expect(visited.map((v) => v.path)).toEqual(pages);
    expect(visited.flatMap((v) => v.problems.map((p) => `${v.path}: ${p}`))).toEqual([]);
  });

  it('never scrolls sideways at 360 px', () => {
    expect(visited).toHaveLength(pages.length);
    expect(
      visited.filter((v) => v.scroll > v.inner).map((v) => `${v.path}: scrollWidth ${v.scroll} > ${v.inner}`),
    ).toEqual([]);
  });

  it('keeps the reader on the same page when switching language', async () => {
    for (const path of zhPages.filter((p) => !isEmbed(p))) {
      const html = pageHtml(path);
      const switchHref = /<a class="lang-switch[^"]*" href="([^"]+)"/.exec(html)?.[1];
      expect(switchHref, path).toBe(`/en${path}`);
      const back = /<a class="lang-switch[^"]*" href="([^"]+)"/.exec(pageHtml(`/en${path}`))?.[1];
      expect(back, `/en${path}`).toBe(path);
    }
    const context = await site.browser.newContext();
    const tab = await Tab.open(context);
    const page = tab.page;
    await tab.visit(zhPages.find((p) => p.startsWith('/plans/') && p !== '/plans/')!);
    const start = new URL(page.url()).pathname;
    await Promise.all([page.waitForURL((u) => u.pathname.startsWith('/en/')), page.click('.lang-switch')]);
    expect(new URL(page.url()).pathname).toBe(`/en${start}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/en/')), page.click('.lang-switch')]);
    expect(new URL(page.url()).pathname).toBe(start);
    await context.close();
  });

  it('prints no placeholder or broken value on any page', () => {
    const broken: string[] = [];
    for (const path of pages) {
      const text = pageHtml(path).replace(/<(script|style)[\s\S]*?<\/\1>/g, '');
      for (const bad of ['undefined', 'NaN', '[object Object]', '{t.', 'Infinity'])
        if (text.includes(bad)) broken.push(`${path}: ${bad}`);
    }
    expect(broken).toEqual([]);
  });

  it('points every quote link at a passage its source page marks', () => {
    const missing: string[] = [];
    let links = 0;
    for (const path of pages) {
      for (const [, target, id] of pageHtml(path).matchAll(/href="(\/(?:en\/)?sources\/[a-z0-9-]+\/)#(q-\d+-\d+)"/g)) {
        links += 1;
        const html = pageHtml(target!);
        // The highlighting rules are in the stylesheet the source page links.
        const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)]
          .map(([, href]) => readFileSync(join(DIST, href!), 'utf8'))
          .join('');
        if (!html.includes(`id="${id}"`) || !css.includes(`#${id}:target~.${id}{`))
          missing.push(`${path} → ${target}#${id}`);
      }
    }
    expect(links).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it('takes a reader from a headline figure to its highlighted sentence and back, without JavaScript', async () => {
    for (const home of ['/', '/en/']) {
      const context = await site.browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 360, height: 740 },
      });
      const tab = await Tab.open(context);
      const page = tab.page;
      await tab.visit(home);
      const figures = page.locator('.headline .figure a');
      expect(await figures.count()).toBeGreaterThan(3);
      const href = (await figures.first().getAttribute('href'))!;
      expect(href).toMatch(/\/sources\/[a-z0-9-]+\/#q-\d+-\d+$/);
      await Promise.all([page.waitForURL((u) => u.hash.startsWith('#q-')), figures.first().click()]);
      const id = new URL(page.url()).hash.slice(1);
      const state = await page.evaluate((quoteId) => {
        const anchor = document.getElementById(quoteId)!;
        const segments = [...document.getElementsByClassName(quoteId)] as HTMLElement[];
        const box = segments[0]!.getBoundingClientRect();
        const back = document.querySelector<HTMLElement>(`.b-${quoteId}`);
        return {
          targeted: anchor.matches(':target'),
          top: box.top,
          bottom: box.bottom,
          height: innerHeight,
          backgrounds: segments.map((s) => getComputedStyle(s).backgroundColor),
          untargeted: getComputedStyle(document.querySelector('.source-text')!).backgroundColor,
          backShown: back ? getComputedStyle(back).display !== 'none' : false,
          backHref: back?.querySelector('a')?.getAttribute('href') ?? null,
        };
      }, id);
      expect(state.targeted).toBe(true);
      expect(state.top).toBeGreaterThanOrEqual(0);
      expect(state.bottom).toBeLessThanOrEqual(state.height);
      expect(state.backgrounds.length).toBeGreaterThan(0);
      for (const bg of state.backgrounds) {
        expect(bg).not.toBe('rgba(0, 0, 0, 0)');
        expect(bg).not.toBe(state.untargeted);
      }
      expect(state.backShown).toBe(true);
      expect(state.backHref).toMatch(
        home === '/' ? /^\/indicators\/[a-z0-9-]+\/#obs-/ : /^\/en\/indicators\/[a-z0-9-]+\/#obs-/,
      );
      // Passages not linked to stay unmarked.
      const others = await page.evaluate((quoteId) => {
        const other = [...document.querySelectorAll<HTMLElement>('.source-text .qa')].find(
          (a) => a.id !== quoteId && !document.getElementsByClassName(quoteId)[0]?.classList.contains(a.id),
        );
        const seg = other ? document.getElementsByClassName(other.id)[0] : null;
        return seg ? getComputedStyle(seg).backgroundColor : null;
      }, id);
      if (others !== null) expect(others).toBe('rgba(0, 0, 0, 0)');
      expect(tab.problems).toEqual([]);
      await context.close();
    }
  });

  it('shows every chart as inline SVG with JavaScript disabled, with a data table', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const tab = await Tab.open(context);
    const page = tab.page;
    let charts = 0;
    for (const path of pages) {
      if (!pageHtml(path).includes('<figure class="chart')) continue;
      await tab.visit(path);
      const figures = await page.evaluate(() =>
        [...document.querySelectorAll('figure.chart')].map((f) => {
          const svg = [...f.querySelectorAll('svg')].find((s) => s.getBoundingClientRect().width > 0);
          return {
            visibleSvg: svg ? svg.getBoundingClientRect().width : 0,
            marks: svg ? svg.querySelectorAll('rect, path, circle, line').length : 0,
            title: svg?.querySelector('title')?.textContent ?? '',
            caption: f.querySelector('figcaption')?.textContent ?? '',
            tableRows: f.querySelectorAll('details table tbody tr').length,
          };
        }),
      );
      for (const f of figures) {
        charts += 1;
        expect(f.visibleSvg, path).toBeGreaterThan(200);
        expect(f.visibleSvg, path).toBeLessThanOrEqual(360);
        expect(f.marks, path).toBeGreaterThan(0);
        expect(f.title, path).not.toBe('');
        expect(f.caption, path).not.toBe('');
        expect(f.tableRows, path).toBeGreaterThan(0);
      }
    }
    expect(charts).toBeGreaterThan(10);
    await context.close();
  });
});
