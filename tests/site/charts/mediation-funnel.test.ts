import { describe, expect, it } from 'vitest';
import { mediationFunnel, mediationFunnelTable } from '../../../src/site/charts/mediation-funnel.ts';
import * as F from './fixture.ts';
import { expectSnapshot, options, text, texts } from './snapshot.ts';

describe('mediationFunnel', () => {
  it.each(['zh', 'en'] as const)('matches its %s snapshot', (locale) => {
    expectSnapshot(`mediation-funnel-${locale}`, mediationFunnel(F.WIPO_FUNNEL, options(locale)));
  });

  it('labels the stages with 68, 59 and 19 and annotates both success rates', () => {
    const zh = texts(mediationFunnel(F.WIPO_FUNNEL, options('zh'))).join('\n');
    expect(zh).toContain('受托调解  68件');
    expect(zh).toContain('调解结案  59件');
    expect(zh).toContain('调解成功  19件');
    expect(zh).toContain('调解成功率（占已结案件）32.2%，原文32.2%');
    expect(zh).toContain('调解成功率（占受托案件）27.9%');
    const en = texts(mediationFunnel(F.WIPO_FUNNEL, options('en'))).join('\n');
    for (const s of ['68 cases', '59 cases', '19 cases', '32.2%', '27.9%', '86.8%']) expect(en).toContain(s);
  });

  it('draws bar widths in proportion to the counts', () => {
    const widths = [...mediationFunnel(F.WIPO_FUNNEL, options('en')).querySelectorAll('g[aria-label="rect"] rect')].map(
      (r) => Number(r.getAttribute('width')),
    );
    expect(widths[1]! / widths[0]!).toBeCloseTo(59 / 68, 2);
    expect(widths[2]! / widths[0]!).toBeCloseTo(19 / 68, 2);
  });

  it('uses the latest period that has all three stages', () => {
    const earlier = F.WIPO_MEDIATION.slice(0, 3).map((r) => ({
      ...r,
      id: `${r.id}-2021`,
      value: r.value - 10,
      period_start: '2021-01-01',
      period_end: '2021-12-31',
    }));
    const lone = {
      ...F.WIPO_MEDIATION[0]!,
      id: 'lone-2023',
      value: 99,
      period_start: '2023-01-01',
      period_end: '2023-12-31',
    };
    const table = mediationFunnelTable(
      { spec: F.WIPO_FUNNEL_SPEC, observations: [...earlier, ...F.WIPO_MEDIATION, lone], derived: F.WIPO_DERIVED },
      text('en'),
    );
    expect(table.caption).toBe('WIPO Shanghai mediation cases, 2022');
    expect(table.rows.slice(0, 3).map((r) => r[1])).toEqual(['68 cases', '59 cases', '19 cases']);
  });

  it('refuses rows without all three stages', () => {
    expect(() =>
      mediationFunnel(
        { spec: F.WIPO_FUNNEL_SPEC, observations: F.WIPO_MEDIATION.slice(0, 2), derived: F.WIPO_DERIVED },
        options('zh'),
      ),
    ).toThrow(/no period has all/);
  });

  it('shows the rates the pipeline derived, and refuses to compute a missing one itself', () => {
    const derived = F.WIPO_DERIVED.map((d) => (d.id === 'wipo-success-of-entrusted' ? { ...d, value: 12.34 } : d));
    expect(
      texts(mediationFunnel({ spec: F.WIPO_FUNNEL_SPEC, observations: F.WIPO_MEDIATION, derived }, options('en'))).join(
        '\n',
      ),
    ).toContain('Success rate (of entrusted cases): 12.3%');
    expect(() =>
      mediationFunnel(
        { spec: F.WIPO_FUNNEL_SPEC, observations: F.WIPO_MEDIATION, derived: F.WIPO_DERIVED.slice(1) },
        options('en'),
      ),
    ).toThrow(/no derived rate of wipo-concluded-2022 over wipo-entrusted-2022/);
  });
});
