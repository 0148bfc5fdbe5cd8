import { describe, expect, it } from 'vitest';
import {
  targetProgress,
  targetProgressTable,
  type TargetProgressInput,
} from '../../../src/site/charts/target-progress.ts';
import * as F from './fixture.ts';
import { expectSnapshot, options, text, texts } from './snapshot.ts';

const REACHED: TargetProgressInput = {
  target: F.WORKSTATION_TARGET,
  indicator: F.WORKSTATIONS,
  baseline: F.WORKSTATION_BASELINE,
  latest: F.WORKSTATION_LATEST,
};
const NO_LATEST: TargetProgressInput = { ...REACHED, latest: null };
const REFERENCE: TargetProgressInput = {
  target: {
    ...F.WORKSTATION_TARGET,
    unit: '%',
    target_value: null,
    reference_zh: '全市平均水平',
    reference_en: 'the city-wide average',
    baseline_observation_id: null,
    baseline_value: null,
  },
  indicator: { ...F.WORKSTATIONS, unit: '%', unit_en: '%', measure: 'percent' },
  baseline: null,
  latest: null,
};

describe('targetProgress', () => {
  it.each(['zh', 'en'] as const)('matches its %s snapshots, with and without a latest figure', (locale) => {
    expectSnapshot(`target-progress-${locale}`, targetProgress(REACHED, options(locale)));
    expectSnapshot(`target-progress-no-latest-${locale}`, targetProgress(NO_LATEST, options(locale, 360)));
  });

  it('shows 24 → 25 against more than 24, the latest bar past the target line', () => {
    const el = targetProgress(REACHED, options('zh'));
    expect(texts(el)).toEqual(
      expect.arrayContaining([
        '基线（2023年3月15日）',
        '24家',
        '最新（2023年8月2日）',
        '25家',
        '目标：超过24家，截至2023年12月31日',
      ]),
    );
    const [baseline, latest] = [...el.querySelectorAll('g[aria-label="rect"] rect')].map(
      (r) => Number(r.getAttribute('x')) + Number(r.getAttribute('width')),
    );
    const goal = Number(el.querySelector('g[stroke-dasharray] line')!.getAttribute('x1'));
    expect(baseline).toBeCloseTo(goal, 3);
    expect(latest).toBeGreaterThan(goal);
  });

  it('with no figure after the plan shows the baseline and target and says there is none', () => {
    const el = targetProgress(NO_LATEST, options('en'));
    expect(texts(el)).toEqual(
      expect.arrayContaining(['Baseline (15 March 2023)', '24 workstations', 'No published figure since the plan']),
    );
    expect(texts(el)).not.toContain('25 workstations');
    expect(el.querySelector('desc')!.textContent).toContain('Latest No published figure since the plan');
    expect(targetProgressTable(NO_LATEST, text('zh')).rows[1]).toEqual(['最新', '暂无公开数据', '—', '—']);
  });

  it('states a reference-level target in words, with nothing to draw', () => {
    const el = targetProgress(REFERENCE, options('zh'));
    expect(texts(el)).toEqual(
      expect.arrayContaining(['目标：高于全市平均水平，截至2023年12月31日', '目标以参照水平表述，没有数值']),
    );
    expect(el.querySelectorAll('g[aria-label="rect"] rect')).toHaveLength(0);
  });

  it('draws the latest observation it is given and refuses one of another indicator', () => {
    const other = { ...F.WORKSTATION_LATEST, id: 'workstations-other', value: 31, mention_text: '31家' };
    expect(targetProgressTable({ ...REACHED, latest: other }, text('zh')).rows[1]![1]).toContain('31');
    const elsewhere = { ...other, indicator_id: 'fast-preexam-cases' };
    expect(() => targetProgress({ ...REACHED, latest: elsewhere }, options('zh'))).toThrow(/not of the target/);
  });

  it('refuses an indicator that is not the target’s', () => {
    expect(() => targetProgress({ ...REACHED, indicator: { ...F.WORKSTATIONS, id: 'other' } }, options('zh'))).toThrow(
      /not the target/,
    );
  });
});
