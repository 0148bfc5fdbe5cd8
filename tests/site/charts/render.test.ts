import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { chartDocument, chartToString } from '../../../src/site/charts/render.ts';

function clipped(): Element {
  const document = chartDocument();
  return Plot.plot({
    document,
    width: 200,
    height: 100,
    marks: [
      Plot.barX([1.23456789, 2], { x: (d) => d, y: (_, i) => i, clip: true }),
      Plot.dot([1], { x: 1, y: 0, clip: true }),
    ],
  });
}

describe('chartToString', () => {
  it("renumbers Plot's counter-based clip ids in order of appearance, with their references", () => {
    const first = chartToString(clipped());
    const second = chartToString(clipped());
    expect(first).toBe(second);
    // Plot shares one clip path between marks with the same frame.
    expect([...first.matchAll(/id="([^"]+)"/g)].map((m) => m[1])).toEqual(['chart-1']);
    expect([...first.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1])).toEqual(['chart-1', 'chart-1']);
    expect(first).not.toContain('plot-clip');
  });

  it('prefixes ids so two charts on one page do not share one', () => {
    expect(chartToString(clipped(), { idPrefix: 'rates' })).toContain('id="rates-1"');
  });

  it('leaves references to ids it does not define alone, and swaps ids that collide with new names', () => {
    const document = chartDocument();
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.innerHTML =
      '<pattern id="chart-2"></pattern><pattern id="b"></pattern><rect fill="url(#b)"></rect><rect fill="url(#chart-2)"></rect><use href="#elsewhere"></use>';
    const out = chartToString(svg);
    expect(out).toContain('<pattern id="chart-1">');
    expect(out).toContain('<pattern id="chart-2">');
    expect(out).toContain('fill="url(#chart-2)"></rect><rect fill="url(#chart-1)"');
    expect(out).toContain('href="#elsewhere"');
  });

  it('rounds attribute numbers to 3 decimals and leaves text alone', () => {
    const document = chartDocument();
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.innerHTML = '<path d="M0.123456,-0.0001L10.98765,2.5"></path><text x="1.00049">0.123456</text>';
    const out = chartToString(svg);
    expect(out).toContain('d="M0.123,0L10.988,2.5"');
    expect(out).toContain('x="1"');
    expect(out).toContain('>0.123456</text>');
  });
});
