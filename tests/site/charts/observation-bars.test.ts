import { describe, expect, it } from 'vitest';
import { observationBars, observationBarsTable } from '../../../src/site/charts/observation-bars.ts';
import * as F from './fixture.ts';
import { expectSnapshot, options, text, texts } from './snapshot.ts';

describe('observationBars', () => {
  it.each(['zh', 'en'] as const)('matches its %s snapshot', (locale) => {
    expectSnapshot(`observation-bars-${locale}`, observationBars(F.CRIMINAL_CASES, options(locale)));
  });

  it('matches its snapshot at 360 px', () => {
    expectSnapshot('observation-bars-zh-360', observationBars(F.CRIMINAL_CASES, options('zh', 360)));
  });

  it('labels bars in period order with the figure as worded, qualifier included', () => {
    expect(texts(observationBars(F.CRIMINAL_CASES, options('zh'))).filter((t) => /起$/.test(t))).toEqual([
      '980起',
      '1200余起',
      '近250起',
    ]);
    expect(texts(observationBars(F.CRIMINAL_CASES, options('en')))).toEqual(
      expect.arrayContaining(['980 cases', 'more than 1,200 cases', 'nearly 250 cases']),
    );
    expect(texts(observationBars(F.TRADEMARK_FINES, options('zh')))).toContain('1147万元');
  });

  it('hatches the bars of approximate and lower-bound figures and keeps exact ones solid', () => {
    const fills = [
      ...observationBars(F.CRIMINAL_CASES, options('zh')).querySelectorAll('g[aria-label="rect"] rect'),
    ].map((r) => r.getAttribute('fill'));
    expect(fills).toHaveLength(3);
    expect(fills[0]).toBe('#0072B2');
    expect(fills[1]).toMatch(/^url\(#/);
    expect(fills[2]).toMatch(/^url\(#/);
  });

  it('draws no hatch legend when every figure is exact', () => {
    expect(observationBars(F.TRADEMARK_FINES, options('zh')).querySelector('pattern')).toBeNull();
  });

  it('refuses no rows and a mix of indicators', () => {
    expect(() => observationBars([], options('zh'))).toThrow(/no observations/);
    expect(() => observationBars([...F.CRIMINAL_CASES, ...F.TRADEMARK_FINES], options('zh'))).toThrow(/one indicator/);
  });

  it('gives the same figures as a table', () => {
    const table = observationBarsTable(F.CRIMINAL_CASES, text('zh'));
    expect(table.caption).toBe('侦破知识产权犯罪案件');
    expect(table.rows.map((r) => r.slice(0, 2))).toEqual([
      ['2021年', '980起'],
      ['2022年', '1200余起'],
      ['2023年1月1日至2023年8月2日', '近250起'],
    ]);
    expect(table.columns.map((c) => c.numeric)).toEqual([false, true, false, false]);
  });
});
