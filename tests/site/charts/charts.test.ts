import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/shared/locales.ts';
import type { ChartOptions } from '../../../src/site/charts/options.ts';
import { chartToString } from '../../../src/site/charts/render.ts';
import { mediationFunnel } from '../../../src/site/charts/mediation-funnel.ts';
import { observationBars } from '../../../src/site/charts/observation-bars.ts';
import { rateBars } from '../../../src/site/charts/rate-bars.ts';
import { statusBars } from '../../../src/site/charts/status-bars.ts';
import { targetProgress } from '../../../src/site/charts/target-progress.ts';
import { timeline } from '../../../src/site/charts/timeline.ts';
import * as F from './fixture.ts';
import { minFontSize, options } from './snapshot.ts';

/** Every chart with its fixture rows: what all charts promise is checked once for each. */
const CHARTS: [string, (o: ChartOptions) => Element][] = [
  ['observation-bars', (o) => observationBars(F.CRIMINAL_CASES, o)],
  ['rate-bars', (o) => rateBars(F.RATES, o)],
  ['mediation-funnel', (o) => mediationFunnel(F.WIPO_FUNNEL, o)],
  [
    'target-progress',
    (o) =>
      targetProgress(
        {
          target: F.WORKSTATION_TARGET,
          indicator: F.WORKSTATIONS,
          baseline: F.WORKSTATION_BASELINE,
          latest: F.WORKSTATION_LATEST,
        },
        o,
      ),
  ],
  ['status-bars', (o) => statusBars({ assessments: F.ASSESSMENTS, documents: F.DOCUMENTS }, o)],
  ['timeline', (o) => timeline({ documents: F.DOCUMENTS, tasks: F.TASKS, latestData: '2023-08-02' }, o)],
];

const CJK = /[\u4E00-\u9FFF]/u;

describe.each(CHARTS)('%s', (_, render) => {
  it.each<[Locale, number]>([
    ['zh', 360],
    ['en', 360],
    ['zh', 640],
    ['en', 640],
  ])('%s at %i px: one accessible <svg> that wide, text at least 12px', (locale, width) => {
    const el = render(options(locale, width));
    expect(el.tagName.toLowerCase()).toBe('svg');
    expect(el.getAttribute('width')).toBe(String(width));
    expect(el.getAttribute('role')).toBe('img');
    const title = el.querySelector('title')?.textContent ?? '';
    const desc = el.querySelector('desc')?.textContent ?? '';
    expect(el.getAttribute('aria-label')).toBe(title);
    expect(desc.length).toBeGreaterThan(title.length);
    expect(CJK.test(title)).toBe(locale === 'zh');
    expect(minFontSize(el)).toBeGreaterThanOrEqual(12);
    expect(el.querySelector('script')).toBeNull();
  });

  it('renders the same string twice (ids renumbered, coordinates rounded)', () => {
    const a = chartToString(render(options('zh')));
    const b = chartToString(render(options('zh')));
    expect(a).toBe(b);
    expect(a).not.toMatch(/\d\.\d{4,}/);
  });

  it('defaults to 640 px', () => {
    expect(render(options('en')).getAttribute('width')).toBe('640');
  });
});
