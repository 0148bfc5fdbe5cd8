// Every built page's visible text, in both languages, is scanned for the kinds of wording a careful reader found:
// words glued to numbers, doubled words, the other language's prose where it is not marked as a name or a quote,
// and ISO dates inside Chinese sentences. Names, document numbers and quotes are marked with `lang` (visible-text.ts).
import { describe, expect, it } from 'vitest';
import { distPages, readDist } from './dist-files.ts';
import { pageText } from './visible-text.ts';

/** A kind of defect: a pattern over one block of text, and the languages it applies to. */
interface Kind {
  name: string;
  locales: ('zh' | 'en')[];
  find: (block: string) => string[];
}

const matches = (re: RegExp) => (block: string) => [...block.matchAll(re)].map((m) => m[0]);
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

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
];

describe('the words of every page', () => {
  it.each(distPages())('%s', (file) => {
    const { locale, blocks } = pageText(readDist(file));
    const found = KINDS.filter((k) => k.locales.includes(locale)).flatMap((k) =>
      blocks.flatMap((b) => k.find(b).map((m) => `${k.name}: “${m}” in “${b.slice(0, 160)}”`)),
    );
    expect(found).toEqual([]);
  });
});
