import { describe, expect, it } from 'vitest';
import {
  badCharacter,
  checkCharacters,
  checkJsonCharacters,
  invisibleCharacter,
  jsonPathAt,
  MAX_JSON_DEPTH,
  tooDeep,
} from '../../src/shared/text-checks.ts';

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

describe('characters no text may hold', () => {
  it('are control characters but tab and line breaks, DEL, C1 controls and the bidirectional controls', () => {
    for (const c of ['\u0000', '\u0007', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009b'])
      expect(badCharacter(`甲${c}乙`), JSON.stringify(c)).toMatchObject({ at: 1 });
    for (const c of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'])
      expect(badCharacter(`甲${c}乙`), JSON.stringify(c)).toMatchObject({ at: 1 });
    expect(badCharacter('第一行\n第二行\r\n\t缩进、全角空格\u3000、不换行空格\u00a0')).toBeNull();
    // Marks that only set a direction (LRM, RLM) and zero-width characters are text, not controls.
    expect(badCharacter('a\u200eb\u200fc\u200bd')).toBeNull();
  });

  it('are named in a source with their line, column and code point', () => {
    expect(messageOf(() => checkCharacters('data/sources/x.txt', '', '第一行\n第二\u202e行', () => 'the text'))).toBe(
      'data/sources/x.txt: the text holds a bidirectional control, right-to-left override (U+202E) at line 2, column 3. Fix: remove it: copy the text again from the official document',
    );
    expect(messageOf(() => checkCharacters('x.txt', '', 'ab\u001b[2Jc', () => 'the text'))).toMatch(
      /holds a control character \(U\+001B\) at line 1, column 3\./,
    );
  });
});

describe('characters no JSON text may hold', () => {
  const json = (value: string) => `{\n  "list": [\n    { "id": "a" },\n    { "id": "b", "note": ${value} }\n  ]\n}`;

  it('are found written as they are, naming the entry, line and column', () => {
    expect(messageOf(() => checkJsonCharacters('f.json', json('"看\u202e这里"')))).toBe(
      'f.json › list[1].note: the value holds a bidirectional control, right-to-left override (U+202E) at line 4, column 28. Fix: remove it (copy the text again from the official document where it is a quote)',
    );
  });

  it('are found written as escapes: \\u, \\b and \\f, and a lone half of a surrogate pair', () => {
    expect(messageOf(() => checkJsonCharacters('f.json', json('"看\\u202E这里"')))).toMatch(
      /^f\.json › list\[1\]\.note: the value holds a bidirectional control, right-to-left override \(U\+202E\) at line 4, column 28\./,
    );
    expect(messageOf(() => checkJsonCharacters('f.json', json('"a\\u001b[31m"')))).toMatch(
      /control character \(U\+001B\)/,
    );
    expect(messageOf(() => checkJsonCharacters('f.json', json('"a\\bc"')))).toMatch(/control character \(U\+0008\)/);
    expect(messageOf(() => checkJsonCharacters('f.json', json('"a\\fc"')))).toMatch(/control character \(U\+000C\)/);
    expect(messageOf(() => checkJsonCharacters('f.json', json('"\\ud800x"')))).toMatch(
      /lone surrogate \(U\+D800, half of a character\) at line 4, column 27/,
    );
    expect(messageOf(() => checkJsonCharacters('f.json', json('"x\\udc00"')))).toMatch(/lone surrogate \(U\+DC00/);
  });

  it('name a key holding one as a key', () => {
    // The message writes the NUL of the entry's name as \u{0}: no message carries a raw control character.
    expect(messageOf(() => checkJsonCharacters('f.json', '{"a\\u0000": 1}'))).toMatch(
      /^f\.json › a\\u\{0\}: the key holds a NUL character \(U\+0000\) at line 1, column 4\./,
    );
  });

  it('leave alone what is text: line breaks and tabs, pairs of surrogates, an escaped backslash before u202e', () => {
    expect(() => checkJsonCharacters('f.json', json('"一\\n二\\t三\\r\\"四\\"\\/"'))).not.toThrow();
    expect(() => checkJsonCharacters('f.json', json('"\\ud83d\\ude00 😀"'))).not.toThrow();
    // A backslash, then the letters u202e: no override in the value.
    expect(() => checkJsonCharacters('f.json', json('"C:\\\\u202e"'))).not.toThrow();
    // A malformed escape is the parser's to report.
    expect(() => checkJsonCharacters('f.json', json('"\\u12"'))).not.toThrow();
  });
});

describe('jsonPathAt', () => {
  it('names the entry an offset falls in, through arrays of arrays and nested objects', () => {
    const text = '{"a": [[1, 2], [3, {"b": "xy", "c": ["p", "q"]}]], "d": 4}';
    expect(jsonPathAt(text, text.indexOf('2'))).toEqual({ path: 'a[0][1]', key: false });
    expect(jsonPathAt(text, text.indexOf('xy'))).toEqual({ path: 'a[1][1].b', key: false });
    expect(jsonPathAt(text, text.indexOf('q'))).toEqual({ path: 'a[1][1].c[1]', key: false });
    expect(jsonPathAt(text, text.indexOf('"c"') + 1)).toEqual({ path: 'a[1][1].c', key: true });
    expect(jsonPathAt(text, text.indexOf('4'))).toEqual({ path: 'd', key: false });
  });
});

describe('tooDeep', () => {
  it('finds where nesting passes the limit without recursing, brackets inside strings not counted', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(tooDeep(deep)).toBe(MAX_JSON_DEPTH);
    expect(tooDeep(`{"a": "${'['.repeat(1000)}"}`)).toBe(-1);
    expect(tooDeep('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH))).toBe(-1);
    expect(tooDeep('['.repeat(MAX_JSON_DEPTH + 1))).toBe(MAX_JSON_DEPTH);
  });
});

describe('invisibleCharacter', () => {
  it('names a zero-width character with its position in the text, or nothing', () => {
    expect(invisibleCharacter('培训\u200b已经开展')).toBe('an invisible zero-width space (U+200B) at character 3');
    expect(invisibleCharacter('a\u200db')).toBe('an invisible zero-width joiner (U+200D) at character 2');
    expect(invisibleCharacter('\ufeff培训')).toBe('an invisible zero-width no-break space (U+FEFF) at character 1');
    expect(invisibleCharacter('培训已经开展')).toBe('');
  });
});
