// axe-core on the pages of both languages (its default rule set: WCAG 2.x A and AA and best practices, plus WCAG
// 2.2's target size, which axe leaves off by default but matters on the phones most readers use), one width per test
// file (a11y-phone: every page; a11y-desktop: the fullest page of each template), so the two widths run side by side.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtPages, pageHtml } from '../pages/pages.ts';
import { useSite } from '../pages/use-site.ts';
import { DIST } from './dist-files.ts';

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
 * What a page of an indicator or a theme is made of: every element and class inside its <main>, and whether any link,
 * button or heading is empty or any id repeats (what axe could find in one page of a shape and not another). Pages of
 * one template that share it differ only in their words and numbers.
 */
export function structure(html: string): string {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  const parts = new Set<string>();
  for (const [, tag, cls] of main.matchAll(/<([a-z][a-z0-9]*)\b(?:[^>]*?\sclass="([^"]*)")?[^>]*>/g)) {
    parts.add(tag!);
    for (const c of (cls ?? '').split(/\s+/).filter(Boolean)) parts.add(`${tag}.${c}`);
  }
  if (/<(a|button|h[1-6])\b[^>]*>\s*<\/\1>/.test(main)) parts.add('!empty');
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
  if (new Set(ids).size < ids.length) parts.add('!duplicate-id');
  return [...parts].sort().join(' ');
}

/**
 * Every page, but pages of one template by one of each shape: embed pages one per chart kind and language (each
 * chart is checked on its own page too), task pages one per plan, language and set of parts shown (a history of
 * several assessments, a target, lineage), indicator and theme pages the fullest of each structure (above) and
 * language. Axe on all of them tripled this file's time for no page type more.
 */
function axePages(all: string[]): string[] {
  const shapes = taskShapes();
  const seen = new Set<string>();
  const fullest = new Map<string, { path: string; size: number }>();
  for (const p of all) {
    const entity = /^(\/en)?\/(indicators|themes)\/[^/]+\/$/.exec(p);
    if (!entity) continue;
    const html = pageHtml(p);
    const key = `${entity[1] ?? ''} ${entity[2]} ${structure(html)}`;
    const best = fullest.get(key);
    if (!best || html.length > best.size) fullest.set(key, { path: p, size: html.length });
  }
  const chosen = new Set([...fullest.values()].map((f) => f.path));
  return all.filter((p) => {
    if (/^(\/en)?\/(indicators|themes)\/[^/]+\/$/.test(p)) return chosen.has(p);
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

/**
 * One page per template and language at a width where only the layout differs from the phone's (every page is
 * checked on the phone): the template's fullest page (most HTML), whose tables and lists are the longest.
 */
function perTemplate(all: string[]): string[] {
  const fullest = new Map<string, { path: string; size: number }>();
  for (const path of all) {
    const template = path.replace(/^((?:\/en)?\/[a-z-]+\/)[^/]+\/$/, '$1*/');
    const size = path.endsWith('.html') ? 0 : pageHtml(path).length;
    const seen = fullest.get(template);
    if (!seen || size > seen.size) fullest.set(template, { path, size });
  }
  return [...fullest.values()].map((f) => f.path);
}

/** axe's violations on the page loaded in `page`, one line per rule and element. */
export async function violations(page: Page): Promise<string[]> {
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

/**
 * The test of one width at `viewport`, with touch on a phone: every page (as sampled above), or one per template and
 * language (perTemplate).
 */
export function axeEveryPage(
  viewport: { width: number; height: number },
  mobile: boolean,
  sample: 'every page' | 'per template' = 'every page',
): void {
  const site = useSite();
  describe('axe-core finds no violation', () => {
    const chosen = sample === 'every page' ? pages : perTemplate(pages);
    it(
      `on ${sample === 'every page' ? 'any page' : 'the fullest page of each template'} at ${viewport.width} px`,
      { timeout: 900_000 },
      async () => {
        expect(chosen.length).toBeGreaterThan(20);
        const context = await site.browser.newContext({ viewport, isMobile: mobile, hasTouch: mobile });
        const page = await context.newPage();
        const found: string[] = [];
        for (const path of chosen) {
          await page.goto(site.origin + path, { waitUntil: 'load' });
          found.push(...(await violations(page)).map((v) => `${path}: ${v}`));
        }
        await context.close();
        expect(found).toEqual([]);
      },
    );
  });
}
