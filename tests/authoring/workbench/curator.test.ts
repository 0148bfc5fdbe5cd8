// A scripted curator takes one test sample of each genre from its text file to a passing data build through the
// workbench's controls only, on a temporary copy of the project's data, and counts what it took: actions per figure
// and hand edits of files (it has no way to make one).
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkbench, type Workbench } from '../../../src/authoring/workbench/server.ts';
import { buildDatasets } from '../../../src/pipeline/pipeline.ts';
import { release } from '../../../src/pipeline/derive/release.ts';
import { diskReader } from '../../../src/shared/reader.ts';
import { launch } from '../../site/pages/browser.ts';
import { Curator, details, figures, noEvidence, takeIn, tasks, type Count } from './curator.ts';
import { SAMPLES } from './samples.ts';

const root = resolve(import.meta.dirname, '../../..');
let dir: string;
let wb: Workbench;
let browser: Browser;
const counts: { genre: string; count: Count }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'curator-'));
  cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
  wb = await startWorkbench({ root: dir, port: 0 });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await wb?.close();
  if (!counts.length) return;
  const rows = counts.map(({ genre, count: c }) => ({
    genre,
    figures: c.figures,
    'actions on figures': c.figureActions,
    'actions per figure': Number((c.figureActions / c.figures).toFixed(2)),
    'other actions': c.otherActions,
    'hand edits of files': 0,
  }));
  const all = counts.reduce((a, { count: c }) => ({ f: a.f + c.figures, n: a.n + c.figureActions }), { f: 0, n: 0 });
  console.log('The scripted curator, sample by sample:');
  console.table(rows);
  for (const { genre, count } of counts)
    for (const f of count.log) console.log(`${genre} · ${f.figure}: ${f.actions.length} (${f.actions.join(', ')})`);
  console.log(`actions per figure on average: ${(all.n / all.f).toFixed(2)} (${all.n} actions, ${all.f} figures)`);
});

describe('a scripted curator', () => {
  for (const key of SAMPLES)
    it(`takes a ${key.genre} from its text to a passing data build through the page alone`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const c = new Curator(page);
      await page.goto(wb.url);
      await takeIn(c, key, join(root, key.file));
      expect(page.url()).toBe(wb.url.replace('/?', `/doc/${key.id}?`));
      await details(c, key);
      await figures(c, key);
      await tasks(c, key);
      await noEvidence(c);
      await expect(page.locator('#status').textContent()).resolves.toMatch(/检查通过 checks pass/);
      await expect(page.locator('#coverage').textContent()).resolves.toMatch(/已核对 accounted (\d+) \/ \1/);
      // The changelog entry was drafted with the document, so the feed and the data release date follow.
      await expect(page.locator('#change [name=summary_zh]').inputValue()).resolves.toContain(key.details.title_zh);
      counts.push({ genre: key.genre, count: c.count });

      const { datasets } = buildDatasets(diskReader(dir));
      const mine = datasets.observations.filter((o) => o.document_id === key.id);
      const expected = key.figures.flatMap((f) => (f.not_statistic ? [] : [f, ...(f.also ?? [])]));
      expect(mine.map((o) => [o.indicator_id, o.period_start, o.period_end])).toEqual(
        expected.map((f) => [f.indicator, f.period![0], f.period![1]]),
      );
      expect(datasets.documents.find((d) => d.id === key.id)).toMatchObject({
        title_zh: key.details.title_zh,
        date_issued: key.details.date_issued,
        jurisdiction: key.jurisdiction,
      });
      const change = datasets.changes.find((ch) => ch.document_ids === key.id)!;
      expect(change.kind).toBe('new_document');
      expect(release(datasets).data_release >= change.date).toBe(true);
      await page.close();
    });
});
