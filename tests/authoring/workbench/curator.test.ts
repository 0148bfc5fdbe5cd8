// A scripted curator takes one test sample of each genre (tests/fixtures/unseen, never published) from its text file
// to a passing data build through the workbench's controls only, on a temporary copy of the project's data, and
// counts what it took: actions per figure, and hand edits of files (it has no way to make one).
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkbench, type Workbench } from '../../../src/authoring/workbench/server.ts';
import { release } from '../../../src/pipeline/derive/release.ts';
import { buildDatasets } from '../../../src/pipeline/pipeline.ts';
import { diskReader } from '../../../src/shared/reader.ts';
import { launch } from '../../site/pages/browser.ts';
import { Curator, details, evidence, indicatorId, numbers, takeIn, tasks, type Count } from './curator.ts';
import { series } from './unseen.ts';

const root = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'curator-'));
cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
const json = (path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8'));
const SERIES = series(
  json('data/jurisdictions.json').map((p: { id: string }) => p.id),
  json('data/indicators.json'),
);
let wb: Workbench;
let browser: Browser;
const counts: { genre: string; count: Count }[] = [];

beforeAll(async () => {
  wb = await startWorkbench({ root: dir, port: 0 });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await wb?.close();
  if (!counts.length) return;
  console.log('The scripted curator, one test sample of each genre (hand edits of files: 0 in each):');
  console.table(
    counts.map(({ genre, count: c }) => ({
      genre,
      'figures and targets': c.figures,
      'actions on numbers': c.figureActions,
      'per figure or target': Number((c.figureActions / Math.max(1, c.figures)).toFixed(2)),
      'other actions': c.otherActions,
      'hand edits': 0,
      'missed by the extractor': c.missed.length,
    })),
  );
  const all = counts.reduce((a, { count: c }) => ({ f: a.f + c.figures, n: a.n + c.figureActions }), { f: 0, n: 0 });
  console.log(`actions per figure on average: ${(all.n / all.f).toFixed(2)} (${all.n} actions, ${all.f} figures)`);
  if (process.env.IPT_CURATOR_LOG)
    for (const { genre, count } of counts)
      for (const f of count.log) console.log(`${genre} · ${f.figure}: ${f.actions.length} (${f.actions.join(', ')})`);
});

/** The id of an earlier plan's task whose status is a judgement (a quantitative one's is computed), by its label. */
async function judged(plan: string, label: string): Promise<string | null> {
  const id = SERIES.find((s) => s.name === plan)!.id;
  const task = (json(`data/annotations/${id}.json`).tasks as { id: string; number: string; type: string }[]).find(
    (t) => t.number.replace(/[.．、]$/u, '') === label.replace(/[.．、]$/u, ''),
  );
  return task && task.type !== 'quantitative' ? task.id : null;
}

describe('a scripted curator', () => {
  for (const key of SERIES)
    it(
      `takes a ${key.genre} (${key.name}) from its text to a passing data build through the page alone`,
      { timeout: 600_000 },
      async () => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const c = new Curator(page);
        await page.goto(wb.url);
        await takeIn(c, key);
        expect(page.url()).toBe(wb.url.replace('/?', `/doc/${key.id}?`));
        await details(c, key);
        await numbers(c, key);
        await tasks(c, key);
        await evidence(c, key, judged);
        const problems = await page.locator('.err, .errors li').allTextContents();
        expect(problems, problems.join('\n')).toEqual([]);
        await expect(page.locator('#status').textContent()).resolves.toMatch(/检查通过 checks pass/);
        await expect(page.locator('#coverage').textContent()).resolves.toMatch(/已核对 accounted (\d+) \/ \1/);
        // The changelog entry was drafted with the document, so the feed and the data release date follow.
        await expect(page.locator('#change [name=summary_zh]').inputValue()).resolves.toContain(key.details.title_zh);
        counts.push({ genre: key.genre, count: c.count });

        const { datasets } = buildDatasets(diskReader(dir));
        const mine = datasets.observations.filter((o) => o.document_id === key.id);
        const targets = datasets.targets.filter((t) => t.document_id === key.id);
        expect(mine.length + targets.length).toBe(c.count.figures);
        const published = (k: (typeof key.figures)[number]) => [
          indicatorId(k.indicator),
          k.period[0],
          k.period[1],
          k.value ?? k.low,
        ];
        expect(mine.map((o) => [o.indicator_id, o.period_start, o.period_end, o.value])).toEqual(
          key.figures.filter((k) => !c.count.missed.includes(`${k.number} (${k.quote})`)).map(published),
        );
        expect(datasets.documents.find((d) => d.id === key.id)).toMatchObject({
          title_zh: key.details.title_zh,
          date_issued: key.details.date_issued,
          jurisdiction: key.jurisdiction,
        });
        expect(targets).toHaveLength(key.tasks.filter((t) => t.target).length);
        const change = datasets.changes.find((ch) => ch.document_ids === key.id)!;
        expect(change.kind).toBe('new_document');
        expect(release(datasets).data_release >= change.date).toBe(true);
        await page.close();
      },
    );
});
