import { describe, expect, it } from 'vitest';
import { rateBars, rateBarsTable } from '../../../src/site/charts/rate-bars.ts';
import * as F from './fixture.ts';
import { expectSnapshot, options, text, texts } from './snapshot.ts';

/** The x of the dashed 100% rule and the right ends of the bars, in pixels. */
function geometry(el: Element): { rule: number; ends: number[] } {
  const rule = Number(el.querySelector('g[stroke-dasharray] line')!.getAttribute('x1'));
  const ends = [...el.querySelectorAll('g[aria-label="rect"] rect')].map(
    (r) => Number(r.getAttribute('x')) + Number(r.getAttribute('width')),
  );
  return { rule, ends };
}

describe('rateBars', () => {
  it.each(['zh', 'en'] as const)('matches its %s snapshot', (locale) => {
    expectSnapshot(`rate-bars-${locale}`, rateBars(F.RATES, options(locale)));
  });

  it('matches its snapshot at 360 px', () => {
    expectSnapshot('rate-bars-en-360', rateBars(F.RATES, options('en', 360)));
  });

  it.each([360, 640])('draws the 100.49%% patent closure rate beyond the 100%% rule, unclipped, at %i px', (width) => {
    const el = rateBars(F.RATES, options('zh', width));
    const { rule, ends } = geometry(el);
    expect(ends[2]).toBeGreaterThan(rule);
    expect(ends.filter((_, i) => i !== 2).every((end) => end < rule)).toBe(true);
    expect(Math.max(...ends)).toBeLessThanOrEqual(width);
    expect(el.querySelector('clipPath')).toBeNull();
    expect(texts(el)).toContain('100.49%');
  });

  it('shows the stated rate beside the computed one, and a tick at the stated value', () => {
    const el = rateBars(F.RATES, options('zh'));
    expect(texts(el)).toEqual(expect.arrayContaining(['95.38%（原文95.38%）', '93.33%', '32.2%（原文32.2%）']));
    expect(el.querySelectorAll('g[stroke-width="3"] line')).toHaveLength(2);
  });

  it('says when the computed rate does not round to the stated one', () => {
    const wrong = { ...F.RATES[0]!, reported_value: 95.4, agrees: false };
    expect(texts(rateBars([wrong], options('en')))).toContain('95.38% (stated 95.40%, differs)');
  });

  it('ignores derived rows that are not rates, and refuses when none is', () => {
    const implied = { ...F.RATES[0]!, kind: 'implied_baseline' as const };
    expect(rateBars([...F.RATES, implied], options('zh')).querySelectorAll('g[aria-label="rect"] rect')).toHaveLength(
      4,
    );
    expect(() => rateBars([implied], options('zh'))).toThrow(/no derived rows of kind "rate"/);
  });

  it('gives the rates and formulas as a table', () => {
    const table = rateBarsTable(F.RATES, text('en'));
    expect(table.rows[0]).toEqual(['Court IP case closure rate · 2020–2022', '95.38%', '95.38%', 'a ÷ b × 100']);
    expect(table.rows[2]![2]).toBe('—');
  });

  it('names the inputs of an English formula by their indicators, never by their ids', () => {
    const row = { ...F.RATES[0]!, formula_en: 'court-ip-cases-concluded ÷ court-ip-cases-accepted × 100' };
    const names: Record<string, string> = {
      'court-ip-cases-concluded': 'IP cases concluded by courts',
      'court-ip-cases-accepted': 'IP cases accepted by courts',
    };
    const table = rateBarsTable([row], text('en'), (id) => names[id]);
    expect(table.rows[0]![3]).toBe('IP cases concluded by courts ÷ IP cases accepted by courts × 100');
  });
});
