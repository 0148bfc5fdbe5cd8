import { describe, expect, it } from 'vitest';
import { themeMatrix, themeMatrixTable, type MatrixInput } from '../../../src/site/charts/theme-matrix.ts';
import { STATUS_PALETTE } from '../../../src/site/words/palette.ts';
import type { ThemeRow } from '../../../src/schemas/index.ts';
import * as F from './fixture.ts';
import { expectSnapshot, options, text, texts } from './snapshot.ts';

const theme = (id: string, zh: string, en: string): ThemeRow => ({
  id,
  name_zh: zh,
  name_en: en,
  definition_zh: '定义',
  definition_en: 'Definition',
});

const PLANS = F.DOCUMENTS.filter((d) => d.kind === 'implementation_plan');
const INPUT: MatrixInput = {
  themes: [theme('data-ip', '数据知识产权', 'Data IP'), theme('talent', '人才培训', 'Talent and training')],
  plans: PLANS,
  cells: [
    { theme_id: 'data-ip', plan_id: 'shanghai-2023-plan', statuses: ['carried_over', 'carried_over', 'achieved'] },
    { theme_id: 'talent', plan_id: 'jingan-2023-demo-zone', statuses: ['no_evidence'] },
  ],
  href: (t, p) => `/themes/${t}/#plan-${p}`,
};

describe('themeMatrix', () => {
  it.each(['zh', 'en'] as const)('matches its %s snapshot', (locale) => {
    expectSnapshot(`theme-matrix-${locale}`, themeMatrix(INPUT, options(locale)));
  });

  it('matches its snapshot at 360 px', () => {
    expectSnapshot('theme-matrix-zh-360', themeMatrix(INPUT, options('zh', 360)));
  });

  it('writes each cell its count and links only the cells with tasks to the plan on the theme page', () => {
    const el = themeMatrix(INPUT, options('en'));
    expect(texts(el)).toEqual(expect.arrayContaining(['3', '1', '–']));
    const links = [...el.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual([
      '/themes/data-ip/#plan-shanghai-2023-plan',
      '/themes/talent/#plan-jingan-2023-demo-zone',
    ]);
  });

  it('is a named group of named links, its other marks hidden from assistive technology', () => {
    const el = themeMatrix(INPUT, options('en', 360));
    expect(el.getAttribute('role')).toBe('group');
    expect(el.getAttribute('aria-label')).toBe(el.querySelector('title')!.textContent);
    const names = [...el.querySelectorAll('a')].map((a) => a.getAttribute('aria-label'));
    expect(names).toContain('Data IP · Shanghai 2023, 3 tasks: Achieved 1 · Carried over 2');
    const groups = [...el.querySelectorAll(':scope > g')];
    expect(groups.filter((g) => g.getAttribute('aria-hidden') !== 'true').every((g) => g.querySelector('a'))).toBe(
      true,
    );
  });

  it('draws the status mix as segments in STATUS_ORDER, widths in proportion to counts', () => {
    const el = themeMatrix(INPUT, options('en'));
    const strokes = [STATUS_PALETTE.achieved.ink, STATUS_PALETTE.carried_over.ink];
    const widths = strokes.map((ink) =>
      [...el.querySelectorAll(`g[stroke="${ink}"] rect`)].map((r) => Number(r.getAttribute('width'))),
    );
    expect(widths[0]).toHaveLength(1);
    expect(widths[1]![0]! / widths[0]![0]!).toBeCloseTo(2, 5);
  });

  it('describes every cell for a screen reader', () => {
    const desc = themeMatrix(INPUT, options('zh')).querySelector('desc')!.textContent!;
    expect(desc).toContain('数据知识产权');
    expect(desc).toContain('共3项：已完成 1 · 结转下年 2');
  });

  it('refuses a cell on an unknown plan', () => {
    const bad = { ...INPUT, cells: [{ theme_id: 'data-ip', plan_id: 'nowhere', statuses: [] }] };
    expect(() => themeMatrix(bad, options('zh'))).toThrow(/data-ip × nowhere/);
  });

  it('gives a theme-by-plan table with each cell’s count and statuses', () => {
    const table = themeMatrixTable(INPUT, text('en'));
    expect(table.columns).toHaveLength(3);
    expect(table.rows[0]).toEqual(['Data IP', '3 tasks: Achieved 1 · Carried over 2', 'none']);
    expect(table.rows[1]![0]).toBe('Talent and training');
    expect(table.rows[1]![1]).toBe('none');
    expect(table.rows[1]![2]).toMatch(/No published evidence 1$/);
  });
});
