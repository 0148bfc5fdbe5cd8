// Every built page's visible text, in both languages, is scanned for the kinds of wording a careful reader found:
// words glued to numbers, doubled words, the other language's prose where it is not marked as a name or a quote,
// ISO dates inside Chinese sentences, brackets inside brackets, a count run into a date, a status called by a name
// other than the one the status table gives it, and the data page's technical words on the public pages. Names,
// document numbers and quotes are marked with `lang` (visible-text.ts).
import { describe, expect, it } from 'vitest';
import { distPages, readDist } from './dist-files.ts';
import { pageText } from './visible-text.ts';
import { STATUS_WORDS } from '../../../src/site/words/status-words.ts';

/** A kind of defect: a pattern over one block of text, and the languages it applies to. */
interface Kind {
  name: string;
  locales: ('zh' | 'en')[];
  find: (block: string) => string[];
}

const matches = (re: RegExp) => (block: string) => [...block.matchAll(re)].map((m) => m[0]);
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;
/** A block without what it quotes (“…”): a rationale may quote a document's words, whatever they are. */
const unquoted = (block: string) => block.replace(/“[^”]*”/gu, '“”');

/** Brackets opened inside brackets: "（截至2023年12月31日（规划期末））", "(for Excel; for code (UTF-8))". */
function nested(block: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let start = 0;
  const text = unquoted(block);
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '（' || c === '(') {
      if (depth === 0) start = i;
      else found.push(text.slice(start, i + 12));
      depth += 1;
    } else if ((c === '）' || c === ')') && depth > 0) depth -= 1;
  }
  return found;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const OTHER_ZH = Object.values(STATUS_WORDS).flatMap((w) => w.notZh);
const OTHER_EN = Object.values(STATUS_WORDS).flatMap((w) => w.notEn);

const KINDS: Kind[] = [
  {
    // "as of25 March", "on22 November"; ordinals (14th) and unit symbols are not glued words.
    name: 'a letter glued to a number',
    locales: ['en'],
    find: matches(/\b[a-z]{2,}\d[\w]*|\b\d+(?!st\b|nd\b|rd\b|th\b|s\b)[a-z]{2,}\b/gu),
  },
  { name: 'two words glued together', locales: ['en'], find: matches(/\b[a-z]{2,}[A-Z][a-z]+\b/gu) },
  // Same case: "exact exact" is a slip, "68 cases / Cases entrusted…" (a figure above its name) is not.
  { name: 'a doubled word', locales: ['en', 'zh'], find: matches(/\b([A-Za-z]{2,})\s+\1\b/gu) },
  {
    name: 'Chinese on an English page, not marked as a name or a quote',
    locales: ['en'],
    find: (block) => (CJK.test(block) ? [block] : []),
  },
  {
    // Names (CSV, Excel, CC0-1.0, WIPO) are single words; three English words in a row are prose.
    name: 'English prose on a Chinese page, not marked as a name or a quote',
    locales: ['zh'],
    find: matches(/\b[A-Za-z]{2,}(?:[ ,'’]+[A-Za-z]{2,}){2,}\b/gu),
  },
  {
    // rights-assistance-workstations-2023, wipo-mediation-cases-settled: the data's ids, not words for a reader.
    name: 'an internal id',
    locales: ['en', 'zh'],
    find: matches(/\b[a-z]+(?:-[a-z0-9]+){3,}\b|\b[a-z]+(?:-[a-z0-9]+)*-20\d\d\b/gu),
  },
  { name: 'an ISO date in a Chinese sentence', locales: ['zh'], find: matches(/\b\d{4}-\d{2}-\d{2}\b/gu) },
  { name: 'brackets inside brackets', locales: ['zh', 'en'], find: nested },
  // "报送要求12023年4月7日": a label's number run into a year reads as one number.
  { name: 'a number run into a year', locales: ['zh'], find: matches(/\d{5,}年/gu) },
  { name: 'a full-width bar in English', locales: ['en'], find: matches(/｜/gu) },
  {
    name: 'a status called by another name than the status table’s',
    locales: ['zh'],
    find: (block) => OTHER_ZH.filter((w) => unquoted(block).includes(w)),
  },
  {
    name: 'a status called by another name than the status table’s',
    locales: ['en'],
    find: (block) => OTHER_EN.filter((w) => new RegExp(`\\b${escape(w)}\\b`, 'iu').test(unquoted(block))),
  },
];

/** Words of the data page (datasets, columns, checksums) that the public pages say plainly or not at all. */
const TECHNICAL = {
  zh: ['数字提及', '限定语', '衍生指标', 'SHA-256'],
  en: ['Numeric mention', 'Qualifier', 'Derived metric', 'SHA-256'],
};
const DATA_PAGE = /^(en\/)?data\//;

describe('the words of every page', () => {
  it.each(distPages())('%s', (file) => {
    const { locale, blocks } = pageText(readDist(file));
    const found = KINDS.filter((k) => k.locales.includes(locale)).flatMap((k) =>
      blocks.flatMap((b) => k.find(b).map((m) => `${k.name}: “${m}” in “${b.slice(0, 160)}”`)),
    );
    expect(found).toEqual([]);
  });
});

describe('the public pages', () => {
  it.each(distPages().filter((f) => !DATA_PAGE.test(f)))('%s uses plain words', (file) => {
    const { locale, blocks } = pageText(readDist(file));
    // A citation names the datasets it draws on by their published titles: those are names, not wording.
    const prose = blocks.map((b) => b.replace(/（数据集：[^）]*）|\(datasets: [^)]*\)/gu, ''));
    const found = TECHNICAL[locale].flatMap((w) =>
      prose.filter((b) => b.includes(w)).map((b) => `${w} in “${b.slice(0, 120)}”`),
    );
    expect(found).toEqual([]);
  });

  it('title English pages without the full-width bar', () => {
    const titles = distPages()
      .filter((f) => f.startsWith('en/'))
      .map((f) => /<title>([^<]*)<\/title>/.exec(readDist(f))?.[1] ?? '');
    expect(titles.length).toBeGreaterThan(50);
    expect(titles.filter((t) => t.includes('｜'))).toEqual([]);
  });
});
