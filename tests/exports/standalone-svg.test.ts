// A chart file must be well-formed XML whatever its data says: a plan title with "<", ">", "&" or quotes in it lands
// in attributes (aria-label) and text alike, and resvg, Inkscape and Word refuse a file with a raw "<" in an attribute.
import { describe, expect, it } from 'vitest';
import { targetProgress, targetProgressData, targetProgressTable } from '../../src/site/charts/target-progress.ts';
import { renderPng } from '../../src/exports/png.ts';
import { standaloneSvg } from '../../src/exports/standalone-svg.ts';
import type { ChartSpec } from '../../src/exports/catalog.ts';
import { chartText } from '../../src/site/charts/figure.ts';
import * as F from '../site/charts/fixture.ts';
import { PNG } from 'pngjs';

const NASTY = `<b class="x">A & B</b> 'q' >`;

function hostileSpec(): ChartSpec {
  // The indicator's name is the chart's title: its root's aria-label.
  const indicator = { ...F.WORKSTATIONS, name_zh: `${F.WORKSTATIONS.name_zh}${NASTY}`, name_en: `Stations ${NASTY}` };
  const input = { target: F.WORKSTATION_TARGET, indicator, baseline: F.WORKSTATION_BASELINE, latest: null };
  const text = chartText('en');
  return {
    id: 'progress-test',
    locale: 'en',
    title: `Stations ${NASTY}`,
    subtitle: `Subtitle ${NASTY}`,
    source: `Doc ${NASTY}`,
    scope: `Place ${NASTY} · 2023`,
    anchor: 'chart-target-0',
    page: '/en/#chart-target-0',
    datasets: ['targets', 'observations'],
    key: 'a hostile chart',
    draw: (options) => targetProgress(input, { ...text, ...options }),
    drawOnPage: (options) => targetProgress(input, { ...text, ...options }),
    table: targetProgressTable(input, text),
    data: targetProgressData(input, { ...text, placeName: (id) => id }),
  };
}

describe('standaloneSvg', () => {
  it('escapes every character of the data that XML reserves, so the file parses and renders', () => {
    const svg = standaloneSvg(hostileSpec(), {
      latestDocument: '2024-03-25',
      release: '2026-11-22',
      pageUrl: 'http://127.0.0.1:4321/en/',
    });
    // No raw "<" inside any attribute value: each quoted value is free of it.
    for (const [, value] of svg.matchAll(/\s[\w:-]+="([^"]*)"/g)) expect(value).not.toMatch(/[<>]/);
    expect(svg).toContain('&lt;b class=');
    // resvg is a strict XML parser: it throws on a malformed file, and decodes to the stated size.
    const png = PNG.sync.read(Buffer.from(renderPng(svg, 1)));
    const width = Number(/<svg[^>]*?\swidth="(\d+)"/.exec(svg)![1]);
    expect(png.width).toBe(width);
  });
});
