// The curation workbench in Chromium: a test sample (never published; tests/fixtures/curate) drafted into a temporary
// copy of the project's data and reviewed in the browser to a state that builds; a save over a file changed on disk
// refused with the change shown; a new place checked in the page; the token and the host name guarded.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkbench, type Workbench } from '../../../src/authoring/workbench/server.ts';
import { ObservationAnnotation, TaskAnnotation } from '../../../src/schemas/annotation.ts';
import { buildDatasets } from '../../../src/pipeline/pipeline.ts';
import { diskReader } from '../../../src/shared/reader.ts';
import { launch } from '../../site/pages/browser.ts';
import { Curator } from './curator.ts';

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
const docUrl = (id = ID) => wb.url.replace('/?', `/doc/${id}?`);
const newPage = () => browser.newPage({ viewport: { width: 1280, height: 900 } });

/** Save, and wait for the page to come back with the result (the curator's hands, uncounted here). */
const save = (page: Page, selector: string) => new Curator(page).save(page.locator(selector));

describe('the curation workbench', () => {
  it('reviews a drafted document to a state that builds, in Chromium', async () => {
    const page = await newPage();
    const c = new Curator(page);
    await page.goto(wb.url);
    const row = page.locator('tr', { hasText: ID });
    await expect(row.locator('td').nth(3).textContent()).resolves.toBe('4'); // drafts: 1 observation, 1 not-statistic, 2 tasks
    // The fields the draft could not read are named on the start page already, and the text states no number.
    await expect(row.locator('.todo-list').textContent()).resolves.toMatch(
      /Still to fill: title_zh, title_en, issuer_en/,
    );
    await expect(row.textContent()).resolves.toContain('原文无文号 no document number');
    await Promise.all([page.waitForEvent('load'), row.locator('a').click()]);
    expect(page.url()).toBe(docUrl());
    // Every number of the text is marked as a draft until reviewed: a placeholder in the details does not stop the
    // checks of the rest.
    await expect(page.locator('#text a.m.draft').count()).resolves.toBe(2);

    // The details the draft left as "TODO": named at their head and marked on their fields, and the build's message
    // shown, before any build is tried.
    const details = page.locator('form[data-op="manifest.update"]');
    await expect(details.locator('#still-to-fill').textContent()).resolves.toMatch(/title_zh.*title_en.*issuer_en/su);
    await expect(
      details.locator('input.todo').evaluateAll((all) => all.map((i) => (i as HTMLInputElement).name)),
    ).resolves.toEqual(['title_zh', 'title_en', 'issuer_en']);
    await expect(page.locator('.errors li').first().textContent()).resolves.toMatch(
      /data\/sources\/manifest\.json › \[5\] "test-sample-2026": title_zh "TODO", title_en "TODO", issuer_en "TODO" are placeholders/,
    );

    // The details: the date typed in Chinese is stored as ISO; the passage stating it selected in the text.
    await details.locator('[name=no_doc_number]').setChecked(false);
    await details.locator('[name=doc_number]').fill('测知〔2026〕1号');
    await details.locator('[name=title_zh]').fill('测试区2026年知识产权保护工作实施方案（测试样本）');
    await details.locator('[name=title_en]').fill('Test sample plan');
    await details.locator('[name=issuer_zh]').fill('测试区知识产权局');
    await details.locator('[name=issuer_en]').fill('Test District IP Administration');
    await details.locator('[name=level]').selectOption('county');
    await details.locator('[name=date_issued]').fill('');
    await c.select('测试区知识产权局\n2026年1月5日');
    await details.locator('button[data-fill=date_quote]').click();
    await expect(details.locator('[name=date_quote]').inputValue()).resolves.toBe('测试区知识产权局2026年1月5日');
    await expect(details.locator('[name=date_issued]').inputValue()).resolves.toBe('2026-01-05');
    await details.locator('[name=period_start]').fill('2026年1月1日');
    await details.locator('[name=period_end]').fill('2026-12-31');
    await save(page, 'form[data-op="manifest.update"] button.primary');
    // Filled through the page, nothing is left to fill.
    await expect(page.locator('#still-to-fill, input.todo, .errors').count()).resolves.toBe(0);
    expect(json('data/sources/manifest.json').at(-1)).toMatchObject({
      doc_number: '测知〔2026〕1号',
      level: 'county',
      date_issued: '2026-01-05',
      date_quote: '测试区知识产权局2026年1月5日',
      period_start: '2026-01-01',
    });
    // Its changelog entry is drafted with it, and can be edited in the page.
    const change = page.locator('form[data-op="changelog.update"]');
    await expect(change.locator('[name=summary_zh]').inputValue()).resolves.toBe(
      '新增文件：测试区知识产权局《测试区2026年知识产权保护工作实施方案（测试样本）》（测知〔2026〕1号）。',
    );
    await page.locator('#change > summary').click();
    await change.locator('[name=summary_en]').fill('New document: a test sample plan.');
    await save(page, 'form[data-op="changelog.update"] button.primary');
    expect(json('data/changelog.json').at(-1)).toMatchObject({
      kind: 'new_document',
      document_ids: ID,
      summary_en: 'New document: a test sample plan.',
    });

    // The observation: the quote set by selecting text in the document, the first candidate taken.
    const obs = page.locator('#observations-0');
    await c.select('全区共立案专利侵权纠纷案件120件');
    await obs.locator('form[data-op="observation.accept"] button[data-fill]').click();
    await expect(obs.locator('[name=quote]').inputValue()).resolves.toBe('全区共立案专利侵权纠纷案件120件');
    // Each candidate shows what it is: its names in Chinese and English and its definition, its id beside them.
    const first = obs.locator('.cands li').first();
    const disputes = json('data/indicators.json').find((i: { id: string }) => i.id === 'patent-disputes-filed');
    await expect(first.locator('button[data-pick]').textContent()).resolves.toBe(
      `${disputes.name_zh} ${disputes.name_en}`,
    );
    await expect(first.locator('button[data-pick]').getAttribute('title')).resolves.toBe(disputes.definition_zh);
    await expect(first.locator('.cand-id').textContent()).resolves.toBe('patent-disputes-filed');
    await expect(first.locator('.def').textContent()).resolves.toBe(disputes.definition_zh);
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
    // A new indicator's id is proposed from its English name as it is typed.
    await obs.locator('details.new-indicator > summary').click();
    await obs.locator('form[data-op="indicator.add"] [name=name_en]').fill('Patent disputes filed (district)');
    await expect(obs.locator('form[data-op="indicator.add"] [name=id]').inputValue()).resolves.toBe(
      'patent-disputes-filed-district',
    );
    await obs.locator('[name=indicator]').fill('patent-disputes-filed');
    await obs.locator('button[data-period="2025-01-01/2025-12-31"]').click();
    await save(page, '#observations-0 form[data-op="observation.accept"] button.primary');

    // The not-statistic becomes an observation and, on second thought, a not-statistic again.
    await save(page, '#not_statistics-0 form[data-op="not-statistic.observation"] button');
    await expect(page.locator('#observations-1 strong').first().textContent()).resolves.toMatch(/^10周年 = 10 周年/);
    await page.locator('#observations-1 details.not-stat > summary').click();
    await page.locator('#observations-1 details.not-stat form [name=reason_zh]').fill('周年数');
    await page.locator('#observations-1 details.not-stat form [name=reason]').fill('an anniversary');
    await save(page, '#observations-1 details.not-stat form button');
    // …accepted from the keyboard.
    await page.locator('#not_statistics-0 button.primary').focus();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);

    for (const [i, en] of ['Plan the protection work', 'Train the enforcement staff'].entries()) {
      const task = page.locator(`#tasks-${i}`);
      await task.locator('[name=section_en]').fill('Main tasks');
      await task.locator('[name=summary_en]').fill(en);
      await save(page, `#tasks-${i} form[data-op="task.accept"] button.primary`);
    }

    // Evidence suggestions come folded by task, "none of these" first in each group.
    const groups = page.locator('details.group');
    const count = await groups.count();
    expect(count).toBeGreaterThan(1);
    for (const g of await groups.all()) {
      expect(await g.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      const first = g.locator(':scope > form, :scope > .card').first();
      await expect(first.getAttribute('data-op')).resolves.toBe('evidence.dismiss');
    }
    const firstTask = await groups.first().getAttribute('data-task');
    await groups.first().locator('> summary').click();
    const card = groups.first().locator('.card').first();
    await expect(card.locator('[name=status]').inputValue()).resolves.toBe('in_progress');
    await expect(card.locator('[name=as_of]').inputValue()).resolves.toBe('2026-01-05');
    await card.locator('[name=as_of]').fill('2026年1月5日');
    await card.locator('[name=rationale_zh]').fill('测试样本：仅用于测试');
    await card.locator('[name=rationale_en]').fill('Test sample: for the test only');
    await new Curator(page).save(card.locator('form[data-op="evidence.accept"] button.primary'));
    // The rest of that task's suggestions, then a whole other group, then all that remain.
    const same = page.locator(`details.group[data-task="${firstTask}"]`);
    if (await same.count()) await new Curator(page).save(same.locator('button.none-of-these'));
    await expect(page.locator(`details.group[data-task="${firstTask}"]`).count()).resolves.toBe(0);
    await expect(page.locator('details.group').count()).resolves.toBe(count - 1);
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
      period_start: '2025-01-01',
    });
    const plan = json('data/annotations/jingan-2023-demo-zone.json');
    const assessment = plan.assessments.find((a: { task: string }) => a.task === firstTask);
    expect(assessment).toMatchObject({
      status: 'in_progress',
      as_of: '2026-01-05',
      rationale_en: 'Test sample: for the test only',
    });
    expect(assessment.evidence.at(-1).document).toBe(ID);

    // A detail emptied in the page is a placeholder again: marked, and refused by the data build; filled, it passes.
    await page.locator('#details > summary').click();
    await details.locator('[name=title_en]').fill('');
    await save(page, 'form[data-op="manifest.update"] button.primary');
    await expect(details.locator('input.todo').getAttribute('name')).resolves.toBe('title_en');
    expect(() => buildDatasets(diskReader(dir))).toThrow(
      'data/sources/manifest.json › [5] "test-sample-2026".title_en: "TODO" is a placeholder, not the document\'s English title. Fix: write the title in English',
    );
    await details.locator('[name=title_en]').fill('Test sample plan');
    await save(page, 'form[data-op="manifest.update"] button.primary');

    // The data build passes on the reviewed copy.
    const { datasets } = buildDatasets(diskReader(dir));
    expect(datasets.observations.some((o) => o.document_id === ID)).toBe(true);
    // The sample never reached the project's own data.
    expect(existsSync(join(root, 'data/sources/test-sample.txt'))).toBe(false);
    await page.close();
  });

  it('refuses a save over a file changed on disk, shows the change, and shows the file anew on reload', async () => {
    const page = await newPage();
    const path = 'data/annotations/weifang-2023-plan.json';
    await page.goto(docUrl('weifang-2023-plan'));
    const before = readFileSync(join(dir, path), 'utf8');
    const edited = before.replace(/"summary_zh": "([^"]*)"/u, '"summary_zh": "$1（编辑器中改过）"');
    writeFileSync(join(dir, path), edited);
    const form = page.locator('#tasks-0 form[data-op="task.accept"]');
    await form.locator('[name=summary_en]').fill('Changed in the page');
    await form.locator('button.primary').click();
    const msg = form.locator('.msg');
    await expect(msg.locator('pre.diff').waitFor()).resolves.toBeUndefined();
    await expect(msg.textContent()).resolves.toMatch(
      /data\/annotations\/weifang-2023-plan\.json changed on disk after this page was opened, so nothing was saved/,
    );
    await expect(msg.locator('pre.diff .ins').allTextContents()).resolves.toEqual([
      expect.stringContaining('（编辑器中改过）'),
    ]);
    await expect(msg.locator('pre.diff .del').allTextContents()).resolves.toHaveLength(1);
    expect(readFileSync(join(dir, path), 'utf8')).toBe(edited);
    // Reloading shows the file as it is now: no restart.
    await Promise.all([page.waitForEvent('load'), msg.locator('button').click()]);
    await expect(page.locator('#tasks-0 strong').first().textContent()).resolves.toContain('（编辑器中改过）');
    await page.close();
  });

  it('adds a new place from the start page, refusing in the page a code another place has', async () => {
    const page = await newPage();
    await page.goto(wb.url);
    await page.locator('#add-place > summary').click();
    const form = page.locator('form[data-op="jurisdiction.add"]');
    await form.locator('[name=name_zh]').fill('浦东新区');
    await form.locator('[name=name_en]').fill('Pudong New Area');
    await form.locator('[name=id]').fill('shanghai-pudong');
    await form.locator('[name=level]').selectOption('county');
    await form.locator('[name=parent]').selectOption('shanghai');
    // The browser lets through what the server alone knows is wrong: a code another place has.
    await form.locator('[name=code]').fill('310106');
    await form.locator('button.primary').click();
    await form.locator('.msg', { hasText: 'code:' }).waitFor();
    await expect(form.locator('.msg').textContent()).resolves.toBe(
      'code: 310106 is already the code of 静安区 (shanghai-jingan)',
    );
    await form.locator('[name=code]').fill('310115');
    await save(page, 'form[data-op="jurisdiction.add"] button.primary');
    expect(json('data/jurisdictions.json').at(-1)).toEqual({
      id: 'shanghai-pudong',
      name_zh: '浦东新区',
      name_en: 'Pudong New Area',
      level: 'county',
      parent: 'shanghai',
      code: '310115',
    });
    await expect(page.locator('form[data-op="document.add"] option[value="shanghai-pudong"]').count()).resolves.toBe(1);
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
