import { describe, expect, it } from 'vitest';
import { buildData } from '../../../src/pipeline/pipeline.ts';
import { DataError } from '../../../src/shared/errors.ts';
import { diskReader } from '../../../src/shared/reader.ts';
import { figures, fixture } from '../fixture.ts';

function failure(parts: Parameters<typeof fixture>[0]): string {
  try {
    buildData(fixture(parts));
  } catch (e) {
    if (e instanceof DataError) return e.message;
    throw e;
  }
  throw new Error('the build did not fail');
}

const rate = {
  id: 'r',
  numerator: 'fast-preexam-cases',
  denominator: 'fast-preexam-cases',
  label_zh: '率',
  label_en: 'Rate',
};

describe('data/figures.json is checked like every other input', () => {
  it('the real declarations build, and are published for the site', () => {
    const { files } = buildData(diskReader(process.cwd()));
    const published = JSON.parse(files.get('figures.json') as string) as { funnels: { stages: unknown[] }[] };
    expect(published.funnels[0]!.stages).toHaveLength(3);
  });

  it('an unknown indicator, and one in the wrong unit', () => {
    expect(failure({ figures: { ...figures(), rates: [{ ...rate, numerator: 'nothing' }] } })).toBe(
      'data/figures.json › rates[0] "r": unknown indicator "nothing". Fix: use an id from data/indicators.json',
    );
    expect(
      failure({ figures: { ...figures(), rates: [{ ...rate, denominator: 'rights-assistance-workstations' }] } }),
    ).toMatch(/rates\[0\] "r": indicator "rights-assistance-workstations" is in 家, not 件/);
  });

  it('a funnel whose rates are not declared', () => {
    const funnel = {
      id: 'f',
      title_zh: '漏斗',
      title_en: 'Funnel',
      stages: [
        { indicator: 'rights-assistance-workstations', name_zh: '甲', name_en: 'A' },
        { indicator: 'rights-assistance-workstations', name_zh: '乙', name_en: 'B' },
      ],
      rates: [
        { label_zh: '甲', label_en: 'A' },
        { label_zh: '乙', label_en: 'B' },
      ],
    };
    expect(failure({ figures: { ...figures(), funnels: [funnel] } })).toMatch(
      /funnels\[0\] "f": no rate of rights-assistance-workstations over rights-assistance-workstations is declared/,
    );
  });

  it('a headline the data has no figure for, named in the data build rather than crashing a page', () => {
    const headline = { topic: 'assistance', indicator: 'fast-preexam-cases', jurisdiction: 'shanghai-jingan' };
    expect(failure({ figures: { ...figures(), headlines: [headline] } })).toBe(
      'data/figures.json › headlines[0] "fast-preexam-cases": no observation of "fast-preexam-cases" in shanghai-jingan to show. Fix: add the observation, or head the overview with a figure the data has',
    );
  });
});
