// Evidence suggestions only where a passage can be evidence: another, earlier plan; an overlapping period; the same
// place or an enclosing one that names the smaller place; never a promise; few per passage.
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/authoring/draft/catalogue.ts';
import type { Corpus, CorpusDoc } from '../../../src/authoring/draft/corpus.ts';
import { suggestEvidence } from '../../../src/authoring/draft/evidence.ts';

const place = (id: string, name_zh: string, parent: string | null, level: 'provincial' | 'prefecture' | 'county') => [
  id,
  { id, name_zh, name_en: id, level, parent, code: '000000' },
];

const catalogue: Catalogue = {
  jurisdictions: new Map([
    place('city', '某市', null, 'provincial'),
    place('city-east', '东城区', 'city', 'county'),
    place('city-west', '西城区', 'city', 'county'),
    place('other', '他市', null, 'provincial'),
  ] as never),
  kinds: new Map([
    ['implementation_plan', { id: 'implementation_plan', name_zh: '实施方案', name_en: 'Plan', is_plan: true }],
    ['white_paper', { id: 'white_paper', name_zh: '白皮书', name_en: 'White paper', is_plan: false }],
  ]),
};

function plan(id: string, jurisdiction: string, year: number): CorpusDoc {
  return {
    entry: {
      id,
      file: `${id}.txt`,
      jurisdiction,
      level: 'county',
      kind: 'implementation_plan',
      date_issued: `${year}-03-01`,
      period_start: `${year}-01-01`,
      period_end: `${year}-12-31`,
    },
    text: `${id}的方案`,
    annotation: {
      document: id,
      tasks: [
        {
          id: `${id}-t1`,
          number: '（一）',
          section_zh: '',
          summary_zh: '完善知识产权保护工作站布局，新建知识产权保护工作站。',
          quote: '（一）完善知识产权保护工作站布局，新建知识产权保护工作站。',
          type: 'qualitative',
        },
      ],
    },
  };
}

const corpus: Corpus = {
  docs: [
    plan('east-2023', 'city-east', 2023),
    plan('west-2023', 'city-west', 2023),
    plan('city-2023', 'city', 2023),
    plan('city-2024', 'city', 2024),
    plan('other-2023', 'other', 2023),
  ],
  indicators: [],
  themes: [],
  glossary: [],
  catalogue,
};

const REPORT = [
  '某市2023年知识产权发展与保护状况',
  '',
  '一、知识产权保护',
  '全市新建知识产权保护工作站21家，工作站布局进一步完善。',
  '东城区新建知识产权保护工作站5家，工作站布局持续优化；全区工作站服务企业三百余家。',
  '二、下一步工作打算',
  '继续完善知识产权保护工作站布局，新建知识产权保护工作站一批。',
].join('\n');

const suggest = (input: Partial<Parameters<typeof suggestEvidence>[1]> = {}) =>
  suggestEvidence(corpus, {
    id: 'city-2023-white-paper',
    text: REPORT,
    jurisdiction: 'city',
    date: '2024-04-20',
    period: { start: '2023-01-01', end: '2023-12-31' },
    plan: false,
    ...input,
  });

describe('evidence suggestions', () => {
  it('bear only on plans of the same place, or of a smaller one the passage names, of the period reported on', () => {
    const s = suggest();
    expect([...new Set(s.map((e) => e.plan))].sort()).toEqual(['city-2023', 'east-2023']);
    // The district's plan only from the passage that names the district (the whole sentence, its ；-part too).
    for (const e of s.filter((x) => x.plan === 'east-2023')) expect(e.quote).toMatch(/东城区/u);
  });

  it('never suggest a promise (下一步工作打算) as progress', () => {
    for (const e of suggest()) expect(e.quote).not.toMatch(/继续完善/u);
  });

  it('suggest nothing for a plan issued after the document, nor anything when the document states no date', () => {
    expect(suggest({ date: '2023-02-01' })).toEqual([]);
    expect(suggest({ date: null })).toEqual([]);
  });

  it('never suggest the document for itself', () => {
    expect(suggest({ id: 'city-2023' }).some((e) => e.plan === 'city-2023')).toBe(false);
  });

  it('let a plan carry on the tasks of the plan of the period just before its own, and no earlier one', () => {
    const next = suggest({
      id: 'city-2025',
      date: '2025-03-01',
      period: { start: '2025-01-01', end: '2025-12-31' },
      plan: true,
    });
    expect(new Set(next.map((e) => e.plan))).toEqual(new Set(['city-2024']));
  });

  it('keep at most three tasks per passage and three passages per task', () => {
    const s = suggest();
    const per = (key: (e: (typeof s)[number]) => string) =>
      Math.max(...[...Map.groupBy(s, key).values()].map((g) => g.length));
    expect(per((e) => e.quote)).toBeLessThanOrEqual(3);
    expect(per((e) => e.task)).toBeLessThanOrEqual(3);
  });
});
