// The chart catalogue is the one place a chart is declared: pages take their charts from it (no page builds a chart
// id of its own), and it declares only charts that compare (two figures or more; a single figure is a number card).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartCatalog, indicatorCharts, planCharts } from '../../src/exports/catalog.ts';
import { siteData } from '../../src/site/data/load.ts';

const ROOT = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(astro|ts)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('the chart catalogue', () => {
  it.each(['zh', 'en'] as const)('(%s) declares only charts that compare', async (locale) => {
    const catalog = await chartCatalog(locale);
    expect(catalog.size).toBeGreaterThan(3);
    for (const spec of catalog.values()) {
      expect(spec.data.rows.length, spec.id).toBeGreaterThan(1);
      expect(spec.table.rows.length, spec.id).toBeGreaterThan(0);
      expect(spec.scope, spec.id).not.toBe('');
    }
  });

  it('gives an indicator with one figure no chart, and one with several a chart', async () => {
    const data = await siteData();
    const counts = new Map<string, number>();
    for (const o of data.observations) counts.set(o.indicator_id, (counts.get(o.indicator_id) ?? 0) + 1);
    const single = [...counts].find(([, n]) => n === 1)![0];
    const several = [...counts].find(([, n]) => n > 1)![0];
    expect((await indicatorCharts('zh', single)).observations).toBeNull();
    expect((await indicatorCharts('zh', several)).observations?.data.rows.length).toBe(counts.get(several));
    for (const plan of data.plans)
      for (const spec of await planCharts('zh', plan.id)) expect(spec.page).toContain(plan.id);
  });

  it('is where chart ids are made: no page or component builds one', () => {
    // A chart id written out: a template of the catalogue's id patterns, or a literal handed to a chartId prop.
    const ids = /`(?:observations|progress|rates|funnel)-\$\{|chartId=\{?\s*[`'"]/;
    const found = [...sources(join(ROOT, 'src/pages')), ...sources(join(ROOT, 'src/components'))].filter((f) =>
      ids.test(readFileSync(f, 'utf8')),
    );
    expect(found.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
