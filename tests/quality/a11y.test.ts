// Accessibility of the built site in Chromium: axe-core on every page of both languages (its default rule set: WCAG 2.x
// A and AA and best practices, plus WCAG 2.2's target size, which axe leaves off by default but matters on the phones
// most readers use), at phone and desktop widths; and the main flows by keyboard alone, with the focus always visible.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../browser/pages.ts';
import { useSite } from '../browser/use-site.ts';
import { DIST } from './dist-files.ts';

const site = useSite();

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** A task page's template has these parts, each shown only for some tasks. */
function taskShapes(): Map<string, string> {
  const read = <T>(name: string) => JSON.parse(readFileSync(join(DIST, 'data', `${name}.json`), 'utf8')) as T[];
  const tasks = read<{ id: string; document_id: string }>('tasks');
  const history = new Map<string, number>();
  for (const a of read<{ task_id: string }>('assessments')) history.set(a.task_id, (history.get(a.task_id) ?? 0) + 1);
  const targeted = new Set(read<{ task_id: string }>('targets').map((t) => t.task_id));
  const linked = new Set(read<{ from: string; to: string }>('task_links').flatMap((l) => [l.from, l.to]));
  return new Map(
    tasks.map((t) => [t.id, [t.document_id, history.get(t.id)! > 1, targeted.has(t.id), linked.has(t.id)].join(' ')]),
  );
}

/**
 * Every page, but pages of one template by one of each shape: embed pages one per chart kind and language (each
 * chart is checked on its own page too), task pages one per plan, language and set of parts shown (a history of
 * several assessments, a target, lineage). Axe on all of them tripled this file's time for no page type more.
 */
function axePages(all: string[]): string[] {
  const shapes = taskShapes();
  const seen = new Set<string>();
  return all.filter((p) => {
    const embed = /^(\/en)?\/embed\/([a-z]+)/.exec(p);
    const task = /^(\/en)?\/tasks\/([^/]+)\/$/.exec(p);
    if (!embed && !task) return true;
    const kind = embed ? `embed ${embed[1] ?? ''} ${embed[2]}` : `task ${task![1] ?? ''} ${shapes.get(task![2]!)}`;
    if (seen.has(kind)) return false;
    seen.add(kind);
    return true;
  });
}
const pages = [...axePages(builtPages()), '/404.html'];

/** axe's violations on the page loaded in `page`, one line per rule and element. */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(o: object): Promise<AxeResults> } }).axe.run({
      resultTypes: ['violations'],
      rules: { 'target-size': { enabled: true } },
    }),
  );
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`,
    ),
  );
}

describe('axe-core finds no violation', () => {
  for (const [viewport, mobile] of [
    [{ width: 360, height: 740 }, true],
    [{ width: 1280, height: 900 }, false],
  ] as const) {
    it(`on any page at ${viewport.width} px`, { timeout: 600_000 }, async () => {
      const context = await site.browser.newContext({ viewport, isMobile: mobile, hasTouch: mobile });
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of pages) {
        await page.goto(site.origin + path, { waitUntil: 'load' });
        found.push(...(await violations(page)).map((v) => `${path}: ${v}`));
      }
      await context.close();
      expect(found).toEqual([]);
    });
  }
});

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
