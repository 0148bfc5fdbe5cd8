// Following one promise in a real browser: a task page's history, lineage and quote link; a theme page; the filter on
// plan pages with and without JavaScript (the choice kept in the address and through a reload); the overview matrix's
// links; and search finding a single task as the reader types.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AssessmentRow, TaskLinkRow, TaskRow, TaskThemeRow } from '../../../src/schemas/index.ts';
import { DIST } from './static-server.ts';
import { useSite } from './use-site.ts';

const site = useSite();

const dataset = <T>(name: string): T[] => JSON.parse(readFileSync(join(DIST, 'data', `${name}.json`), 'utf8')) as T[];
const tasks = dataset<TaskRow>('tasks');
const assessments = dataset<AssessmentRow>('assessments');
const links = dataset<TaskLinkRow>('task_links');
const taskThemes = dataset<TaskThemeRow>('task_themes');

/** A task with more than one dated assessment and a task of a later plan carrying it on. */
const followed = tasks.find(
  (t) => assessments.filter((a) => a.task_id === t.id).length > 1 && links.some((l) => l.from === t.id),
)!;

async function open(path: string, { js = true, width = 360 } = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await site.browser.newContext({ javaScriptEnabled: js, viewport: { width, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(site.origin + path);
  return { page, errors };
}

const visibleTasks = (page: Page) =>
  page.$$eval('[data-filter-item]', (els) =>
    els
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .map((e) => ({ status: e.getAttribute('data-status')!, themes: e.getAttribute('data-themes')!.split(' ') })),
  );

describe('a task page', () => {
  it('shows every dated assessment oldest first and links both ends of its lineage', async () => {
    expect(followed).toBeDefined();
    const { page, errors } = await open(`/tasks/${followed.id}/`);
    const dates = await page.$$eval('.history > li time', (ts) => ts.map((t) => t.getAttribute('datetime')!));
    const expected = assessments
      .filter((a) => a.task_id === followed.id)
      .map((a) => a.as_of)
      .sort();
    expect(dates).toEqual(expected);
    const statuses = await page.$$eval('.history > li', (lis) => lis.map((li) => li.getAttribute('data-status')));
    expect(statuses.at(-1)).toBe(followed.status);
    const later = links.filter((l) => l.from === followed.id).map((l) => `/tasks/${l.to}/`);
    const linked = await page.$$eval('.links a[href^="/tasks/"]', (as) => as.map((a) => a.getAttribute('href')));
    expect(linked).toEqual(expect.arrayContaining(later));
    // The later task's page says what it continues, linking back here.
    await page.goto(site.origin + later[0]!);
    expect(await page.locator(`.links a[href="/tasks/${followed.id}/"]`).count()).toBe(1);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toMatch(/任务/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('links the promise, verbatim, to its highlighted passage on the source page', async () => {
    const { page } = await open(`/en/tasks/${followed.id}/`, { js: false });
    expect((await page.locator('.promise p').textContent())!.trim()).toBe(followed.quote);
    await Promise.all([page.waitForURL((u) => u.hash.startsWith('#q-')), page.click('[data-promise-link]')]);
    const id = new URL(page.url()).hash.slice(1);
    expect(id).toBe(`q-${followed.quote_start}-${followed.quote_end}`);
    const state = await page.evaluate((quoteId) => {
      const segments = [...document.getElementsByClassName(quoteId)] as HTMLElement[];
      return {
        targeted: document.getElementById(quoteId)!.matches(':target'),
        // The source's own words: a number's "not a statistic" note (shown on tap) is the site's, not the text's.
        text: segments
          .map((s) => {
            const copy = s.cloneNode(true) as HTMLElement;
            for (const why of copy.querySelectorAll('.why')) why.remove();
            return copy.textContent;
          })
          .join(''),
        backgrounds: segments.map((s) => getComputedStyle(s).backgroundColor),
      };
    }, id);
    expect(state.targeted).toBe(true);
    expect(state.text.replace(/\s/g, '')).toContain(followed.quote.replace(/\s/g, '').slice(0, 20));
    for (const bg of state.backgrounds) expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    await page.context().close();
  });
});

describe('a theme page', () => {
  it('lists every task on the theme, grouped by plan, each linked to its page', async () => {
    const theme = 'data-ip';
    const { page } = await open(`/themes/${theme}/`, { js: false });
    const groups = await page.$$eval('[data-filter-group]', (ss) =>
      ss.map((s) => ({
        id: s.id,
        tasks: [...s.querySelectorAll('[data-filter-item] a.num')].map((a) => a.getAttribute('href')),
      })),
    );
    const rows = taskThemes.filter((r) => r.theme_id === theme);
    expect(groups.map((g) => g.id).sort()).toEqual([...new Set(rows.map((r) => `plan-${r.plan_id}`))].sort());
    expect(groups.flatMap((g) => g.tasks).sort()).toEqual(rows.map((r) => `/tasks/${r.task_id}/`).sort());
    await page.context().close();
  });
});

describe('the task filter', () => {
  const plan = 'shanghai-2024-work-points';

  it('filters in place with JavaScript and keeps the choice in the address through a reload', async () => {
    const { page, errors } = await open(`/plans/${plan}/`);
    const all = await visibleTasks(page);
    const status = all[0]!.status;
    await page.click(`[data-task-filter] a[data-filter="status"][data-value="${status}"]`);
    expect(new URL(page.url()).searchParams.get('status')).toBe(status);
    const byStatus = await visibleTasks(page);
    expect(byStatus.length).toBeGreaterThan(0);
    expect(byStatus.length).toBeLessThanOrEqual(all.length);
    expect(byStatus.every((t) => t.status === status)).toBe(true);
    const theme = byStatus[0]!.themes[0]!;
    // The themes are folded under their heading: a reader opens it first.
    await page.click('[data-task-filter] [data-filter-themes] summary');
    await page.click(`[data-task-filter] a[data-filter="theme"][data-value="${theme}"]`);
    const url = new URL(page.url());
    expect(url.pathname).toBe(`/plans/${plan}/`);
    expect([url.searchParams.get('status'), url.searchParams.get('theme')]).toEqual([status, theme]);
    const both = await visibleTasks(page);
    expect(both.every((t) => t.status === status && t.themes.includes(theme))).toBe(true);
    expect(both.length).toBe(all.filter((t) => t.status === status && t.themes.includes(theme)).length);
    expect(await page.locator('[data-filter-shown]').textContent()).toContain(String(both.length));
    await page.reload();
    expect(await visibleTasks(page)).toEqual(both);
    // A chosen theme is shown chosen: its folded list is open after the reload.
    expect(await page.locator('[data-task-filter] [data-filter-themes]').getAttribute('open')).not.toBeNull();
    await page.goBack();
    expect(await visibleTasks(page)).toEqual(byStatus);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows every task without JavaScript, each filter a plain link', async () => {
    const { page } = await open(`/plans/${plan}/?status=carried_over&theme=data-ip`, { js: false });
    const shown = await visibleTasks(page);
    expect(shown.length).toBe(tasks.filter((t) => t.document_id === plan).length);
    const themeLink = page.locator('[data-task-filter] a[data-filter="theme"][data-value="data-ip"]');
    expect(await themeLink.getAttribute('href')).toBe(`/themes/data-ip/#plan-${plan}`);
    await page.click('[data-task-filter] [data-filter-themes] summary');
    await Promise.all([page.waitForURL(/\/themes\/data-ip\//), themeLink.click()]);
    expect(await page.locator(`#plan-${plan} [data-filter-item]`).count()).toBe(
      taskThemes.filter((r) => r.theme_id === 'data-ip' && r.plan_id === plan).length,
    );
    await page.context().close();
  });
});

describe('the overview matrix', () => {
  it('links each cell to its plan on the theme page, which lists as many tasks as the cell counts', async () => {
    const { page } = await open('/', { width: 1280 });
    const hrefs = await page.$$eval('#chart-themes .wide a', (as) => as.map((a) => a.getAttribute('href')!));
    const expected = [...new Set(taskThemes.map((r) => `/themes/${r.theme_id}/#plan-${r.plan_id}`))];
    expect(hrefs.sort()).toEqual(expected.sort());
    const first = taskThemes[0]!;
    const href = `/themes/${first.theme_id}/#plan-${first.plan_id}`;
    await Promise.all([
      page.waitForURL((u) => u.hash === `#plan-${first.plan_id}`),
      page.click(`#chart-themes .wide a[href="${href}"]`),
    ]);
    expect(await page.locator(`#plan-${first.plan_id}`).evaluate((s) => s.matches(':target'))).toBe(true);
    expect(await page.locator(`#plan-${first.plan_id} [data-filter-item]`).count()).toBe(
      taskThemes.filter((r) => r.theme_id === first.theme_id && r.plan_id === first.plan_id).length,
    );
    await page.context().close();
  });
});

describe('search', () => {
  it('finds a single task page as the reader types, titled with its number and plan', async () => {
    const { page, errors } = await open('/search/');
    await page.locator('#q').pressSequentially('数据知识产权登记', { delay: 30 });
    await page.waitForSelector('[data-search-results] a[href^="/tasks/"]', { timeout: 15_000 });
    const results = await page.$$eval('[data-search-results] a[href^="/tasks/"]', (as) =>
      as.map((a) => ({ href: a.getAttribute('href')!, title: a.textContent! })),
    );
    for (const r of results) {
      const task = tasks.find((t) => `/tasks/${t.id}/` === r.href)!;
      expect(r.title).toContain(`任务${task.number}`);
      expect(r.title).toContain('｜');
    }
    expect(new URL(page.url()).searchParams.get('q')).toBe('数据知识产权登记');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
