import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractMentions, type Mention } from '../../../src/pipeline/extract/index.ts';
import {
  decodeEntry,
  encodeEntry,
  extractorDigest,
  MentionCache,
} from '../../../src/pipeline/annotate/mention-cache.ts';
import { buildData } from '../../../src/pipeline/pipeline.ts';
import { DataError } from '../../../src/shared/errors.ts';
import { diskReader } from '../../../src/shared/reader.ts';
import { fixture } from '../fixture.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const SOURCES = join(ROOT, 'data/sources');

// The real sources, and a text of every shape a mention takes: -0 (下降0%, 减少0件), a range's bounds, a date's ISO
// form, a number too long to read (value null), an ordinal, a telephone number; and the empty text.
const TEXTS = [
  ...readdirSync(SOURCES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(SOURCES, f), 'utf8')),
  `同比下降0%，较上年减少0件。新建3至5家，2023年3月印发，第三次会议，电话021-12345678，共${'9'.repeat(400)}件。`,
  '',
];
const FRESH = TEXTS.map(extractMentions);

const work = mkdtempSync(join(tmpdir(), 'mention-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let folders = 0;
const folder = () => join(work, `cache-${++folders}`);

/** Every text through a new cache on `dir`: the mentions, and how many were read from it and how many extracted. */
function pass(dir: string, texts = TEXTS, extractor?: string) {
  const cache = new MentionCache(dir, extractor);
  const mentions = texts.map((t) => cache.extract(t));
  return { cache, mentions, hits: cache.hits, extracted: cache.extracted };
}

/** Deep-equal and more: the same fields in the same order, numbers equal by Object.is (-0 is not 0). */
function expectSame(got: Mention[][], want: Mention[][]): void {
  expect(got).toStrictEqual(want);
  got.forEach((list, i) =>
    list.forEach((m, j) => {
      const w = want[i]![j]!;
      expect(Object.keys(m)).toEqual(Object.keys(w));
      for (const k of Object.keys(w) as (keyof Mention)[]) expect(Object.is(m[k], w[k]), `${i}/${j}.${k}`).toBe(true);
    }),
  );
}

const entries = (dir: string) => readdirSync(dir).sort();

describe('the mention cache', () => {
  it('reads back from a warm cache exactly what extraction gives, -0 and absent fields included', () => {
    expect(FRESH.flat().some((m) => Object.is(m.value, -0))).toBe(true);
    const dir = folder();
    const cold = pass(dir);
    expect([cold.hits, cold.extracted]).toEqual([0, TEXTS.length]);
    expectSame(cold.mentions, FRESH);
    // One entry per text, each written whole: no temp file is left.
    expect(entries(dir)).toHaveLength(TEXTS.length);
    expect(entries(dir).every((name) => /^[0-9a-f]{64}\.json$/.test(name))).toBe(true);
    const warm = pass(dir);
    expect([warm.hits, warm.extracted]).toEqual([TEXTS.length, 0]);
    expectSame(warm.mentions, FRESH);
    // Texts that differ only in an unpaired surrogate (both U+FFFD in UTF-8) have entries of their own.
    const surrogates = folder();
    pass(surrogates, ['\uD800', '\uDC00']);
    expect(entries(surrogates)).toHaveLength(2);
  });

  it('keeps numbers JSON alone would change, and does not store a mention it could not give back', () => {
    const base: Mention = { text: '0%', start: 0, end: 2, value: 0, unit: '%', qualifier: 'exact', kind: 'percent' };
    const odd = [-0, NaN, Infinity, -Infinity].map((value) => ({ ...base, value, low: value }));
    const back = decodeEntry('k', encodeEntry('k', odd)!)!;
    expectSame([back], [odd]);
    // A field set to undefined would come back absent.
    expect(encodeEntry('k', [{ ...base, low: undefined }])).toBeNull();
    expect(decodeEntry('other key', encodeEntry('k', [base])!)).toBeNull();
  });

  it('extracts afresh, and mends the entry, when an entry is empty, cut short, of another form, key or text', () => {
    const dir = folder();
    const text = TEXTS[0]!;
    pass(dir, [text]);
    const [name] = entries(dir);
    const path = join(dir, name!);
    const good = readFileSync(path, 'utf8');
    const stored = JSON.parse(good) as { key: string; mentions: Mention[] };
    const bad = [
      '',
      good.slice(0, good.length / 2),
      JSON.stringify(FRESH[0]),
      JSON.stringify({ ...stored, key: '0'.repeat(64) }),
      JSON.stringify({ ...stored, mentions: stored.mentions.map((m, i) => (i ? m : { ...m, start: m.start + 1 })) }),
      JSON.stringify({ ...stored, mentions: [{ ...stored.mentions[0], text: 7 }] }),
    ];
    for (const content of bad) {
      writeFileSync(path, content);
      const run = pass(dir, [text]);
      expect([run.hits, run.extracted], content.slice(0, 40)).toEqual([0, 1]);
      expectSame(run.mentions, [FRESH[0]!]);
      expect(readFileSync(path, 'utf8')).toBe(good);
    }
  });

  it('costs only time when its folder cannot be made, or an entry cannot be read or written', () => {
    writeFileSync(join(work, 'a-file'), '');
    const blocked = pass(join(work, 'a-file', 'mentions'));
    expect([blocked.hits, blocked.extracted]).toEqual([0, TEXTS.length]);
    expectSame(blocked.mentions, FRESH);
    blocked.cache.prune();
    // An entry's name taken by a folder: it can be neither read nor replaced, and no temp file is left behind.
    const dir = folder();
    pass(dir, [TEXTS[0]!]);
    const [name] = entries(dir);
    rmSync(join(dir, name!));
    mkdirSync(join(dir, name!, 'inside'), { recursive: true });
    const run = pass(dir, [TEXTS[0]!]);
    expect([run.hits, run.extracted]).toEqual([0, 1]);
    expectSame(run.mentions, [FRESH[0]!]);
    expect(entries(dir)).toEqual([name]);
  });

  it("misses every entry once any file of the extractor's changes, or one is added", () => {
    const extractor = join(work, 'extract');
    cpSync(join(ROOT, 'src/pipeline/extract'), extractor, { recursive: true });
    // A copy of the extractor's folder digests as the folder itself: the cache reads the extractor's own files.
    expect(extractorDigest(extractor)).toBe(extractorDigest());
    const dir = folder();
    pass(dir, TEXTS, extractor);
    expect(pass(dir, TEXTS, extractor).hits).toBe(TEXTS.length);
    // One byte changed, the length kept.
    const units = join(extractor, 'units.ts');
    writeFileSync(units, readFileSync(units, 'utf8').replace('e', 'E'));
    expect(pass(dir, TEXTS, extractor).hits).toBe(0);
    expect(pass(dir, TEXTS, extractor).hits).toBe(TEXTS.length);
    writeFileSync(join(extractor, 'zz-new.ts'), '');
    expect(pass(dir, TEXTS, extractor).hits).toBe(0);
  });

  it("prunes the entries its run did not use and stale temp files, and nothing that is not the cache's", () => {
    const dir = folder();
    pass(dir, TEXTS.slice(0, 2));
    expect(entries(dir)).toHaveLength(2);
    const alone = folder();
    pass(alone, [TEXTS[0]!]);
    const [first] = entries(alone);
    const key = '0'.repeat(64);
    const oldTemp = `${key}.json.123-abcdefabcdef.tmp`;
    const newTemp = `${key}.json.124-abcdefabcdef.tmp`;
    for (const name of [oldTemp, newTemp, 'notes.txt']) writeFileSync(join(dir, name), '');
    const hoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(join(dir, oldTemp), hoursAgo, hoursAgo);
    const run = pass(dir, [TEXTS[0]!]);
    run.cache.prune();
    // The second text's entry and the temp file a build left hours ago are gone; a temp file another build may be
    // writing now, and a file the cache did not name, stay.
    expect(entries(dir)).toEqual([first, newTemp, 'notes.txt'].sort());
    expect(pass(dir, [TEXTS[0]!]).hits).toBe(1);
  });
});

describe('buildData with the mention cache', () => {
  const bytes = (v: string | Uint8Array) => Buffer.from(typeof v === 'string' ? new TextEncoder().encode(v) : v);

  it('publishes the same bytes as without it, cold and warm, and keeps one entry per text', () => {
    const dir = folder();
    const off = buildData(diskReader(ROOT)).files;
    for (const run of ['cold', 'warm']) {
      const on = buildData(diskReader(ROOT), { mentionCache: dir }).files;
      expect([...on.keys()], run).toEqual([...off.keys()]);
      for (const [path, content] of off)
        expect(bytes(on.get(path)!).equals(bytes(content)), `${run}: ${path}`).toBe(true);
    }
    expect(entries(dir)).toHaveLength(new Set(TEXTS.slice(0, -2)).size);
  });

  it('prunes after a build that succeeds, never after one that fails', () => {
    const dir = folder();
    mkdirSync(dir);
    const stale = join(dir, `${'0'.repeat(64)}.json`);
    writeFileSync(stale, '');
    expect(() => buildData(fixture({ changelog: 'not json' }), { mentionCache: dir })).toThrow(DataError);
    // The failed build stopped after reading the fixture's three texts, and left its entries and the stale one.
    expect(entries(dir)).toHaveLength(4);
    expect(entries(dir)).toContain(`${'0'.repeat(64)}.json`);
    buildData(fixture(), { mentionCache: dir });
    expect(entries(dir)).toHaveLength(3);
    expect(entries(dir)).not.toContain(`${'0'.repeat(64)}.json`);
  });
});
