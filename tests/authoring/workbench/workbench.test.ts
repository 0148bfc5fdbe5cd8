// The curation workbench end to end in Chromium: a test sample (never published; tests/fixtures/curate) is drafted
// into a temporary copy of the project's data, reviewed in the browser to a state that builds, and saved.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkbench, type Workbench } from '../../../src/authoring/workbench/server.ts';
import { ObservationAnnotation, TaskAnnotation } from '../../../src/schemas/annotation.ts';
import { launch } from '../../site/pages/browser.ts';

const root = resolve(import.meta.dirname, '../../..');
const SAMPLE = join(root, 'tests/fixtures/curate/test-sample.txt');
const ID = 'test-sample-2026';
let dir: string;
let wb: Workbench;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'curate-'));
  cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
  cpSync(SAMPLE, join(dir, 'test-sample.txt'));
  const r = spawnSync(
    process.execPath,
    [
      join(root, 'scripts/draft.ts'),
      join(dir, 'test-sample.txt'),
      '--id',
      ID,
      '--jurisdiction',
      'shanghai-jingan',
      '--root',
      dir,
    ],
    { encoding: 'utf8' },
  );
  expect(r.stderr).toBe('');
  wb = await startWorkbench({ root: dir, port: 0 });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await wb?.close();
});

const json = (path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8'));
const docUrl = () => wb.url.replace('/?', `/doc/${ID}?`);

/** Click a button that saves, and wait for the page to come back with the result. */
async function save(page: Page, selector: string) {
  const loaded = page.waitForEvent('load', { timeout: 10_000 }).catch(async () => {
    const messages = await page.locator('.msg').allTextContents();
    throw new Error(`no reload after ${selector}: ${messages.filter(Boolean).join(' | ')}`);
  });
  await page
    .locator(selector)
    .click({ timeout: 10_000 })
    .catch(async (e) => {
      await page.screenshot({ path: '/tmp/curate-fail.png' });
      throw e;
    });
  await loaded;
}

describe('the curation workbench', () => {
  it('reviews a drafted document to a state that builds, in Chromium', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(wb.url);
    const row = page.locator('tr', { hasText: ID });
    await expect(row.locator('td').nth(3).textContent()).resolves.toBe('4'); // drafts: 1 observation, 1 not-statistic, 2 tasks
    await Promise.all([page.waitForEvent('load'), row.locator('a').click()]);
    expect(page.url()).toBe(docUrl());
    // Every number of the text is marked as a draft until reviewed.
    await expect(page.locator('#text a.m.draft').count()).resolves.toBe(2);

    const details = page.locator('form[data-op="manifest.update"]');
    await details.locator('[name=title_zh]').fill('测试区2026年知识产权保护工作实施方案（测试样本）');
    await details.locator('[name=title_en]').fill('Test sample plan');
    await details.locator('[name=issuer_zh]').fill('测试区知识产权局');
    await details.locator('[name=issuer_en]').fill('Test District IP Administration');
    await details.locator('[name=period_start]').fill('2026-01-01');
    await details.locator('[name=period_end]').fill('2026-12-31');
    await save(page, 'form[data-op="manifest.update"] button');

    // The observation: the quote set by selecting text in the document, the first candidate taken.
    const obs = page.locator('#observations-0');
    await page.evaluate(() => {
      const text = document.getElementById('text')!;
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      let node: Node | null;
      while ((node = walker.nextNode())) {
        const at = node.textContent!.indexOf('全区共立案专利侵权纠纷案件');
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node.nextSibling!.firstChild ?? node.nextSibling!, node.nextSibling!.textContent!.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
    });
    await obs.locator('form[data-op="observation.accept"] button[data-fill]').click();
    await expect(obs.locator('[name=quote]').inputValue()).resolves.toBe('全区共立案专利侵权纠纷案件120件');
    // The draft's first candidate is taken into the field; then a wrong indicator (a rate in %, for a count in 件)
    // is saved instead, and the build's check shows beside the entry.
    await obs.locator('button[data-pick]').first().click();
    await expect(obs.locator('[name=indicator]').inputValue()).resolves.toBe('patent-disputes-filed');
    await obs.locator('[name=indicator]').fill('court-ip-closure-rate');
    await save(page, '#observations-0 form[data-op="observation.accept"] button.primary');
    await expect(page.locator('#observations-0 .err').textContent()).resolves.toMatch(
      /the text "120件" is in 件, but indicator "court-ip-closure-rate" is in %/,
    );
    await expect(page.locator('#status').textContent()).resolves.toMatch(/1 个错误 errors/);
    await obs.locator('[name=indicator]').fill('patent-disputes-filed');
    await save(page, '#observations-0 form[data-op="observation.accept"] button.primary');

    // The not-statistic, accepted from the keyboard.
    await page.locator('#not_statistics-0 button.primary').focus();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);

    for (const [i, en] of ['Plan the protection work', 'Train the enforcement staff'].entries()) {
      const task = page.locator(`#tasks-${i}`);
      await task.locator('[name=section_en]').fill('Main tasks');
      await task.locator('[name=summary_en]').fill(en);
      await save(page, `#tasks-${i} form[data-op="task.accept"] button.primary`);
    }

    const suggestion = page.locator('#evidence_suggestions-0');
    const task = json('data/annotations/' + ID + '.json').evidence_suggestions[0].task as string;
    await suggestion.locator('[name=rationale_zh]').fill('测试样本：仅用于测试');
    await suggestion.locator('[name=rationale_en]').fill('Test sample: for the test only');
    await save(page, '#evidence_suggestions-0 form[data-op="evidence.accept"] button.primary');
    await save(page, '#dismiss-rest');
    const status = (await page.locator('#status').textContent()) ?? '';
    expect(status).toMatch(/已保存 saved in \d+ ms · 检查通过 checks pass/);
    // A save (the write, the data build's checks on all six documents, the answer) takes well under a second.
    expect(Number(/saved in (\d+) ms/u.exec(status)![1])).toBeLessThan(1000);
    await expect(page.locator('#text a.m.draft').count()).resolves.toBe(0);
    await expect(page.locator('#coverage').textContent()).resolves.toMatch(/已核对 accounted (\d+) \/ \1/);

    // The files: nothing left in draft, keys in the schema's order, the evidence on the earlier plan's task.
    const saved = json(`data/annotations/${ID}.json`);
    expect(JSON.stringify(saved)).not.toMatch(/"draft"|evidence_suggestions|indicator_candidates/);
    const order = (keys: string[], schema: { shape: object }) =>
      expect(keys).toEqual(Object.keys(schema.shape).filter((k) => keys.includes(k)));
    order(Object.keys(saved.observations[0]), ObservationAnnotation);
    order(Object.keys(saved.tasks[1]), TaskAnnotation);
    expect(saved.observations[0]).toMatchObject({
      indicator: 'patent-disputes-filed',
      value: 120,
      quote: '全区共立案专利侵权纠纷案件120件',
    });
    const plan = json('data/annotations/jingan-2023-demo-zone.json');
    const assessment = plan.assessments.find((a: { task: string }) => a.task === task);
    expect(assessment).toMatchObject({
      status: 'in_progress',
      as_of: '2026-01-05',
      rationale_en: 'Test sample: for the test only',
    });
    expect(assessment.evidence.at(-1).document).toBe(ID);

    // The data build passes on the reviewed copy.
    const build = spawnSync(process.execPath, [join(root, 'scripts/build-data.ts'), join(dir, 'out'), '--root', dir], {
      encoding: 'utf8',
    });
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    expect(json('out/observations.json').some((o: { document_id: string }) => o.document_id === ID)).toBe(true);
    // The sample never reached the project's own data.
    expect(existsSync(join(root, 'data/sources/test-sample.txt'))).toBe(false);
    await page.close();
  });

  it('refuses a write without the token, and changes nothing', async () => {
    const path = join(dir, `data/annotations/${ID}.json`);
    const before = readFileSync(path, 'utf8');
    const api = wb.url.replace(/\/\?.*$/u, `/api/doc/${ID}/op`);
    const op = JSON.stringify({ op: 'evidence.dismiss-rest' });
    for (const headers of [
      {},
      { 'x-curate-token': 'not-the-token' },
      { 'x-curate-token': wb.token.slice(1) },
    ] as Record<string, string>[]) {
      const res = await fetch(api, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: op,
      });
      expect(res.status).toBe(403);
    }
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('listens on 127.0.0.1 only and refuses another host name', async () => {
    const address = wb.server.address() as { address: string; port: number };
    expect(address.address).toBe('127.0.0.1');
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((n) => n && n.family === 'IPv4' && !n.internal)
      .map((n) => n!.address);
    for (const host of others) {
      const reached = await fetch(`http://${host}:${address.port}/`).then(
        () => true,
        () => false,
      );
      expect(reached, host).toBe(false);
    }
    const status = await new Promise<number>((done, fail) => {
      const req = request(
        { host: '127.0.0.1', port: address.port, path: '/', headers: { host: `evil.example:${address.port}` } },
        (res) => {
          res.resume();
          done(res.statusCode ?? 0);
        },
      );
      req.on('error', fail);
      req.end();
    });
    expect(status).toBe(421);
  });
});
