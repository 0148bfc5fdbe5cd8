// Accessibility of the built site in Chromium: the main flows by keyboard alone, with the focus always visible. Axe on
// every page is in a11y-phone.test.ts and a11y-desktop.test.ts (axe.ts).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../pages/pages.ts';
import { useSite } from '../pages/use-site.ts';

const site = useSite();

/** What has the keyboard focus, and whether the reader can see it. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      className: typeof el.className === 'string' ? el.className : '',
      href: el.getAttribute('href'),
      text: (el.textContent ?? '').trim().slice(0, 40),
      outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
    };
  });
}

/** Press Tab until `match` holds for the focused element, checking that every stop on the way shows its focus. */
async function tabTo(page: Page, match: (f: NonNullable<Awaited<ReturnType<typeof focused>>>) => boolean, limit = 200) {
  const unseen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) continue;
    if (!f.outlined || !f.onScreen)
      unseen.push(`${f.tag}.${f.className} "${f.text}" (outline ${f.outlined}, on screen ${f.onScreen})`);
    if (match(f)) return { found: f, unseen };
  }
  throw new Error(`no focusable element matched after ${limit} Tab presses on ${page.url()}`);
}

/** A tab on a phone-sized window that records console errors (CSP violations among them) and failed requests. */
async function openTab(viewport = { width: 360, height: 740 }) {
  const context = await site.browser.newContext({ viewport });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  return { context, page, problems };
}

describe('keyboard only', () => {
  it('makes the skip link the first Tab stop on every page type, and Enter on it moves the focus to main', async () => {
    const { context, page, problems } = await openTab();
    const types = ['/', '/plans/', '/indicators/', '/sources/', '/about/', '/en/', '/en/about/'];
    const samples = [
      ...types,
      ...['/plans/', '/indicators/', '/sources/'].map((p) => builtPages().find((x) => x.startsWith(p) && x !== p)!),
    ];
    for (const path of samples) {
      await page.goto(site.origin + path);
      await page.keyboard.press('Tab');
      const first = await focused(page);
      expect(first?.className, path).toBe('skip-link');
      expect(first?.outlined, path).toBe(true);
      expect(first?.onScreen, `${path}: the skip link shows when focused`).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.hash === '#main');
      expect((await focused(page))?.id, path).toBe('main');
      // The next Tab continues from main, past the header.
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => document.getElementById('main')!.contains(document.activeElement));
      expect(next, path).toBe(true);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('takes a reader from a headline figure to its highlighted sentence on the source page, focus visible all the way', async () => {
    for (const home of ['/', '/en/']) {
      const { context, page, problems } = await openTab();
      await page.goto(site.origin + home);
      const { found, unseen } = await tabTo(
        page,
        (f) => f.href !== null && /\/sources\/[a-z0-9-]+\/#q-\d+-\d+$/.test(f.href) && f.className === '',
      );
      expect(unseen, home).toEqual([]);
      await Promise.all([page.waitForURL((u) => u.hash.startsWith('#q-')), page.keyboard.press('Enter')]);
      const id = new URL(page.url()).hash.slice(1);
      expect(found.href!.endsWith(`#${id}`)).toBe(true);
      const state = await page.evaluate((quoteId) => {
        const segment = document.getElementsByClassName(quoteId)[0] as HTMLElement;
        const box = segment.getBoundingClientRect();
        return {
          targeted: document.getElementById(quoteId)!.matches(':target'),
          marked: getComputedStyle(segment).backgroundColor !== 'rgba(0, 0, 0, 0)',
          inView: box.top >= 0 && box.bottom <= innerHeight,
        };
      }, id);
      expect(state).toEqual({ targeted: true, marked: true, inView: true });
      // From the passage, the next Tab stops in or after it, not back at the top of the page.
      const after = await tabTo(page, () => true);
      const inText = await page.evaluate(() => !!document.activeElement?.closest('.source-text'));
      expect(inText, `${after.found.tag} "${after.found.text}"`).toBe(true);
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('switches language by keyboard and stays on the same page', async () => {
    const { context, page, problems } = await openTab();
    const start = builtPages().find((p) => p.startsWith('/plans/') && p !== '/plans/')!;
    await page.goto(site.origin + start);
    const { unseen } = await tabTo(page, (f) => f.className.split(' ').includes('lang-switch'));
    expect(unseen).toEqual([]);
    await Promise.all([page.waitForURL((u) => u.pathname.startsWith('/en/')), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(`/en${start}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await tabTo(page, (f) => f.className.split(' ').includes('lang-switch'));
    await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/en/')), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(start);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows where the focus is at every Tab stop of every page type', async () => {
    const { context, page, problems } = await openTab({ width: 1280, height: 900 });
    const samples = ['/', '/en/', '/plans/', '/indicators/', '/sources/', '/about/', '/en/about/'];
    for (const prefix of ['/plans/', '/indicators/', '/sources/', '/en/plans/'])
      samples.push(builtPages().find((x) => x.startsWith(prefix) && x !== prefix)!);
    for (const extra of ['/data/', '/briefing/', '/changes/', '/search/'])
      if (builtPages().includes(extra)) samples.push(extra);
    const unseen: string[] = [];
    for (const path of samples) {
      await page.goto(site.origin + path);
      const stops = await page.evaluate(
        () => document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex="0"]').length,
      );
      // Tab past the last stop (back to the address bar, where nothing in the page is focused) at most once.
      for (let i = 0; i <= stops; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        if (!f) break;
        if (!f.outlined || !f.onScreen)
          unseen.push(`${path}: ${f.tag}.${f.className} "${f.text}" (outline ${f.outlined}, on screen ${f.onScreen})`);
      }
    }
    expect(unseen).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 300_000);
});
