// Every character the site can draw into an image has a glyph in the fonts the images are drawn with (Noto Sans SC of
// the npm package): the sources' text, both interface string tables and every string of the data (names, titles,
// quotes, rationales). The build refuses an image with a character the fonts lack (png.ts); this finds it sooner,
// with the file and place it comes from.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingGlyphs, nameCharacter } from '../../src/exports/png.ts';

const ROOT = join(import.meta.dirname, '../..');

/** A text the site may draw, and how to say where a place in it is. */
interface Text {
  file: string;
  text: string;
  where: (index: number) => string;
}

/** A plain text file: places as file:line:column. */
function plain(file: string): Text {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return {
    file,
    text,
    where: (index) => {
      const lines = text.slice(0, index).split('\n');
      return `${file}:${lines.length}:${lines.at(-1)!.length + 1}`;
    },
  };
}

/** Every string of a JSON file (escapes decoded, as the site reads them): places as file and path, $.a[0].b. */
function strings(file: string): Text[] {
  const out: Text[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string')
      out.push({ file, text: value, where: (i) => `${file} ${path} (character ${i + 1})` });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value))
        walk(v, /^\w+$/u.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`);
  };
  walk(JSON.parse(readFileSync(join(ROOT, file), 'utf8')), '$');
  return out;
}

const inFolder = (dir: string, ext: string) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => `${dir}/${f}`);

/** Each character of the texts that the fonts lack, once, at its first place: `U+20BB7 "𠮷" at file:line:column`. */
function uncovered(texts: Text[]): string[] {
  const found = new Map<string, string>();
  for (const { text, where } of texts)
    for (const { char, index } of missingGlyphs(text))
      if (!found.has(char)) found.set(char, `${nameCharacter(char)} at ${where(index)}`);
  return [...found.values()];
}

describe('glyphs for everything the site draws', () => {
  const texts = [
    ...inFolder('data/sources', '.txt').map(plain),
    plain('src/site/words/strings/zh.ts'),
    plain('src/site/words/strings/en.ts'),
    ...[
      ...inFolder('data', '.json'),
      ...inFolder('data/sources', '.json'),
      ...inFolder('data/annotations', '.json'),
    ].flatMap(strings),
  ];

  it('reads the sources, both string tables and the data', () => {
    const files = new Set(texts.map((t) => t.file));
    for (const f of [...inFolder('data/sources', '.txt'), 'src/site/words/strings/en.ts', 'data/indicators.json'])
      expect(files).toContain(f);
    // The five documents alone use close to a thousand distinct Chinese characters.
    const characters = new Set(texts.flatMap(({ text }) => [...text]));
    expect([...characters].filter((c) => /\p{Script=Han}/u.test(c)).length).toBeGreaterThan(900);
  });

  it('finds a glyph for every character in both weights', () => {
    expect(uncovered(texts)).toEqual([]);
  });

  it('names a character the fonts lack, with the file and place it first occurs', () => {
    // Two characters of CJK Extension B the fonts lack: 𠮷 (in Debian's Noto Sans CJK, not in this Noto Sans SC) and 𪚥.
    const text = plain('data/sources/000_5f286023386aff3f.txt').text;
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.length > 3);
    const patched = lines.map((l, i) => (i === line ? `${l.slice(0, 3)}𠮷${l.slice(3)}` : l)).join('\n') + '𪚥𠮷';
    const file: Text = {
      file: 'sample.txt',
      text: patched,
      where: (index) => `sample.txt:${patched.slice(0, index).split('\n').length}`,
    };
    expect(uncovered([file])).toEqual([
      `U+20BB7 "𠮷" at sample.txt:${line + 1}`,
      `U+2A6A5 "𪚥" at sample.txt:${lines.length}`,
    ]);
    expect(uncovered(strings('data/jurisdictions.json').map((t) => ({ ...t, text: `${t.text}𠮷` })))[0]).toMatch(
      /^U\+20BB7 "𠮷" at data\/jurisdictions\.json \$\S+ \(character \d+\)$/u,
    );
  });
});
