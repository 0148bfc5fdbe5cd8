import { describe, expect, it } from 'vitest';
import { STATUS_PALETTE } from '../../../src/site/words/palette.ts';
import { statusBars, statusBarsTable } from '../../../src/site/charts/status-bars.ts';
import * as F from './fixture.ts';
import { expectSnapshot, options, text, texts } from './snapshot.ts';

const INPUT = { assessments: F.ASSESSMENTS, documents: F.DOCUMENTS };

describe('statusBars', () => {
  it.each(['zh', 'en'] as const)('matches its %s snapshot', (locale) => {
    expectSnapshot(`status-bars-${locale}`, statusBars(INPUT, options(locale)));
  });

  it('matches its snapshot at 360 px', () => {
    expectSnapshot('status-bars-zh-360', statusBars(INPUT, options('zh', 360)));
  });

  it('stacks segments left to right in STATUS_ORDER, widths in proportion to counts', () => {
    const el = statusBars(INPUT, options('en'));
    const groups = [...el.querySelectorAll('g[aria-label="rect"]')];
    const strokes = groups.map((g) => g.getAttribute('stroke'));
    expect(strokes).toEqual(
      ['achieved', 'in_progress', 'carried_over', 'no_evidence', 'not_achieved'].map(
        (s) => STATUS_PALETTE[s as keyof typeof STATUS_PALETTE].ink,
      ),
    );
    const firstPlan = groups.map((g) => g.querySelector('rect')!).slice(0, 4);
    const xs = firstPlan.map((r) => Number(r.getAttribute('x')));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const [achieved, , carried] = firstPlan.map((r) => Number(r.getAttribute('width')));
    expect(carried! / achieved!).toBeCloseTo(10, 0);
  });

  it('writes every count: in segments wide enough and in the line under each bar', () => {
    const t = texts(statusBars(INPUT, options('zh', 360)));
    expect(t).toContain('共15项：已完成 1 · 推进中 1 · 结转下年 10 · 暂无公开证据 3');
    expect(t).toContain('共9项：已完成 2 · 暂无公开证据 6 · 未完成 1');
    expect(t).toEqual(expect.arrayContaining(['10', '6']));
  });

  it('fills each status with its own pattern so print tells them apart', () => {
    const el = statusBars(INPUT, options('zh'));
    expect([...el.querySelectorAll('pattern')].map((p) => p.getAttribute('id'))).toEqual([
      'status-in_progress',
      'status-carried_over',
      'status-not_achieved',
    ]);
  });

  it('refuses an assessment whose plan is not among the documents', () => {
    expect(() => statusBars({ assessments: F.ASSESSMENTS, documents: F.DOCUMENTS.slice(0, 1) }, options('zh'))).toThrow(
      /no document for plan jingan-2023-demo-zone/,
    );
  });

  it('gives a plan-by-status table with totals', () => {
    const table = statusBarsTable(INPUT, text('en'));
    expect(table.columns.map((c) => c.label)).toEqual([
      'Plan',
      'Achieved',
      'In progress',
      'Carried over',
      'No published evidence',
      'Not achieved',
      'Total',
    ]);
    expect(table.rows[1]!.slice(1)).toEqual(['2', '0', '0', '6', '1', '9']);
  });
});
