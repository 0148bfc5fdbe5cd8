// The indicator catalogue and the glossary, checked like every other input: a growth rate's base is a real
// indicator, every indicator says whether it is a flow or a stock, and every glossary term validates.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGlossary, loadIndicators } from '../../../src/pipeline/annotate/annotations.ts';
import { buildData } from '../../../src/pipeline/pipeline.ts';
import { DataError } from '../../../src/shared/errors.ts';
import { diskReader } from '../../../src/shared/reader.ts';
import { inputs } from '../../../src/shared/files.ts';
import { FlowStock, GlossaryEntry, IndicatorRow } from '../../../src/schemas/index.ts';
import { fixture, glossary, indicators } from '../fixture.ts';

function failure(parts: Parameters<typeof fixture>[0]): string {
  try {
    buildData(fixture(parts));
  } catch (e) {
    if (e instanceof DataError) return e.message;
    throw e;
  }
  throw new Error('the build did not fail');
}

/** The fixture's catalogue with one growth rate of fast-preexam-cases (a flow) added, changed by `change`. */
function withGrowth(change: Record<string, unknown>) {
  return [
    ...indicators(),
    {
      id: 'cases-growth',
      name_zh: '预审案件同比增长率',
      name_en: 'Pre-examination cases, change on the previous year',
      definition_zh: '定义',
      definition_en: 'Definition',
      unit: '%',
      unit_en: '%',
      measure: 'percent',
      topic: 'assistance',
      flow_stock: 'flow',
      base: 'fast-preexam-cases',
      ...change,
    },
  ];
}

const real = diskReader(process.cwd());

describe('a growth rate names its base', () => {
  it('builds when the base is a real indicator', () => {
    const { datasets } = buildData(fixture({ indicators: withGrowth({}) }));
    expect(datasets.indicators.find((i) => i.id === 'cases-growth')!.base).toBe('fast-preexam-cases');
  });

  it('refuses an unknown base, naming the file, the entry and the fix', () => {
    expect(failure({ indicators: withGrowth({ base: 'nothing' }) })).toBe(
      'data/indicators.json › [2] "cases-growth": unknown base indicator "nothing". Fix: name in "base" the id of ' +
        'the indicator the rate is computed on, from data/indicators.json, or add that indicator there',
    );
  });

  it('refuses a base on an indicator that is not a percent', () => {
    expect(failure({ indicators: withGrowth({ measure: 'count', unit: '件', unit_en: 'cases' }) })).toMatch(
      /^data\/indicators\.json › \[2\] "cases-growth": "base" is set, but the indicator measures count; .*Fix: set "base" to null/,
    );
  });

  it('refuses a rate that names itself, or counts otherwise than its base', () => {
    expect(failure({ indicators: withGrowth({ base: 'cases-growth' }) })).toMatch(
      /\[2\] "cases-growth": the indicator names itself as its base/,
    );
    expect(failure({ indicators: withGrowth({ flow_stock: 'stock' }) })).toMatch(
      /\[2\] "cases-growth": flow_stock is "stock" but its base "fast-preexam-cases" is "flow"\. Fix: set flow_stock to "flow"/,
    );
  });

  it('in the real catalogue, every growth rate has a base that is a real indicator, and only percents have one', () => {
    const byId = loadIndicators(real);
    const growth = [...byId.values()].filter((i) => i.id.endsWith('-growth'));
    expect(growth.length).toBeGreaterThanOrEqual(12);
    for (const g of growth) {
      expect(g.base, g.id).not.toBeNull();
      expect(byId.has(g.base!), `${g.id} → ${g.base}`).toBe(true);
      expect(g.measure, g.id).toBe('percent');
    }
    expect(byId.get('patent-grants-growth')!.base).toBe('patent-grants');
    expect(byId.get('ip-insurance-policies-growth')!.base).toBe('ip-insurance-policies');
    expect(byId.get('ip-insurance-amount-growth')!.base).toBe('ip-insurance-amount');
    for (const i of byId.values()) if (i.base !== null) expect(i.measure, i.id).toBe('percent');
  });
});

describe('every indicator says whether it is a flow or a stock', () => {
  it('an indicator without flow_stock is refused', () => {
    const [first, ...rest] = indicators();
    const without: Record<string, unknown> = { ...first };
    delete without.flow_stock;
    expect(failure({ indicators: [without, ...rest] })).toMatch(
      /^data\/indicators\.json › \[0\]\.flow_stock \(in "rights-assistance-workstations"\): /,
    );
  });

  it('every real indicator has one', () => {
    const raw = JSON.parse(readFileSync(inputs.indicators, 'utf8')) as Record<string, unknown>[];
    for (const i of raw) {
      expect(FlowStock.options, String(i.id)).toContain(i.flow_stock);
      expect(IndicatorRow.safeParse(i).success, String(i.id)).toBe(true);
    }
    const byId = loadIndicators(real);
    expect(byId.get('valid-invention-patents')!.flow_stock).toBe('stock');
    expect(byId.get('patent-grants')!.flow_stock).toBe('flow');
  });
});

describe('the glossary', () => {
  it('every real entry validates, and each term is listed once per role', () => {
    const raw = JSON.parse(readFileSync(inputs.glossary, 'utf8')) as unknown[];
    raw.forEach((e, i) => expect(GlossaryEntry.safeParse(e).success, JSON.stringify(e) + ` [${i}]`).toBe(true));
    const terms = loadGlossary(real);
    expect(terms.length).toBe(raw.length);
    for (const role of ['object', 'action', 'state', 'suffix', 'unit'])
      expect(
        terms.some((t) => t.role === role),
        role,
      ).toBe(true);
    expect(terms).toContainEqual({ zh: '授权', en: 'granted', role: 'action', en_compound: 'grants' });
  });

  it('refuses a term listed twice in one role, and an empty English outside a suffix', () => {
    expect(failure({ glossary: [...glossary(), { zh: '授权', en: 'granted', role: 'action' }] })).toBe(
      'data/glossary.json › [4] "授权": "授权" is listed twice as action. Fix: keep one entry per term and role',
    );
    expect(failure({ glossary: [...glossary(), { zh: '申请', en: '', role: 'action' }] })).toMatch(
      /^data\/glossary\.json › \[4\]\.en: only a suffix may have an empty "en"/,
    );
    expect(failure({ glossary: [...glossary(), { zh: '申请', en: 'applied for', role: 'verb' }] })).toMatch(
      /^data\/glossary\.json › \[4\]\.role: /,
    );
  });
});
