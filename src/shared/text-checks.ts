// Checks on the raw inputs before anything reads meaning into them: the bytes are UTF-8 text (with a diagnosis when
// not: truncated, GBK, empty), no text carries a control character, a bidirectional control or a lone surrogate,
// JSON nests no deeper than a reader can follow, and a JSON object names each key once.
import { DataError } from './errors.ts';
import { codePoint } from './visible.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Line and column (1-based) of an offset, for messages. */
export function lineCol(text: string, at: number): string {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return `line ${line}, column ${at - last}`;
}

/** The bytes as UTF-8 text, or one message saying what they are instead and how to convert them. */
export function decodeText(path: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new DataError(path, '', 'the file is empty', 'restore its content (git checkout)');
  try {
    return utf8.decode(bytes);
  } catch {
    const head = decodesAsStream(bytes);
    if (head)
      throw new DataError(
        path,
        '',
        `the file ends in the middle of a character (after ${lineCol(head, head.length)}): it is truncated`,
        'restore the whole file (git checkout, or download it again)',
      );
    const gbk = decodesAs('gb18030', bytes);
    const bad = firstInvalidByte(bytes);
    throw new DataError(
      path,
      '',
      `the file is not UTF-8 (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at offset ${bad} is invalid)${gbk ? '; it reads as GBK/GB18030' : ''}`,
      gbk
        ? `convert it: iconv -f GB18030 -t UTF-8 ${path} > converted.txt (then replace the file and its sha256)`
        : 'save it as UTF-8',
    );
  }
}

/** The text when the bytes are UTF-8 but for a sequence cut at the very end (a stream decoder holds it back). */
function decodesAsStream(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return '';
  }
}

function decodesAs(encoding: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function firstInvalidByte(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // The longest prefix that decodes (as a stream) ends just before the first bad byte.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return Math.min(lo, bytes.length - 1);
}

/** The bidirectional controls, by name: each reorders how the text around it is shown, not what it says. */
const BIDI: Record<number, string> = {
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
};

/**
 * What no text of the project may hold: control characters other than tab, line feed and carriage return (C0, DEL,
 * C1: a terminal acts on them, a page cannot show them) and bidirectional controls (they make a quote read
 * differently on screen from what its characters say).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is what this is for
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A forbidden character in words, with its code point: "a right-to-left override (U+202E)". */
function describeCharacter(code: number): string {
  if (code === 0) return 'a NUL character (U+0000)';
  if (code >= 0xd800 && code <= 0xdfff) return `a lone surrogate (${codePoint(code)}, half of a character)`;
  const bidi = BIDI[code];
  if (bidi) return `a bidirectional control, ${bidi} (${codePoint(code)})`;
  return `a control character (${codePoint(code)})`;
}

/**
 * The first character of a text that no text may hold (see FORBIDDEN), with where it is and what it is; or null. A
 * decoded text holds no lone surrogate (UTF-8 cannot encode one); a JSON escape can, and checkJsonCharacters finds it.
 */
export function badCharacter(text: string): { at: number; what: string } | null {
  const at = FORBIDDEN.exec(text)?.index;
  return at === undefined ? null : { at, what: describeCharacter(text.charCodeAt(at)) };
}

/** Characters that take no room on screen: a quote copied with one looks right and matches nothing. */
const INVISIBLE: Record<number, string> = {
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x2060: 'word joiner',
  0xfeff: 'zero-width no-break space',
};

/** The first invisible character of a text, in words with where it is ("a zero-width space (U+200B) at character 7"), or ''. */
export function invisibleCharacter(text: string): string {
  const at = /[\u200b-\u200d\u2060\ufeff]/.exec(text)?.index;
  if (at === undefined) return '';
  const code = text.charCodeAt(at);
  return `an invisible ${INVISIBLE[code]} (${codePoint(code)}) at character ${at + 1}`;
}

/** Stop on a forbidden character in a text (a source), naming it and its line and column. */
export function checkCharacters(path: string, entry: string, text: string, where: () => string): void {
  const bad = badCharacter(text);
  if (bad)
    throw new DataError(
      path,
      entry,
      `${where()} holds ${bad.what} at ${lineCol(text, bad.at)}`,
      'remove it: copy the text again from the official document',
    );
}

/**
 * Every escape of a JSON text, read left to right so that an escaped backslash is one escape (`\\u202e` in a file is
 * a backslash and the letters u202e, not an override). A \u without four hex digits is left to the JSON parser.
 */
const ESCAPE = /\\(?:u([0-9a-f]{4})|([^u]))/gi;
/** The escapes of control characters besides \n, \r and \t, which texts may hold. */
const SIMPLE: Record<string, number> = { b: 8, f: 12 };

/** The first escape of a JSON text that writes a forbidden character or a lone surrogate, with its code; or null. */
function badEscape(text: string): { at: number; code: number } | null {
  let high: { at: number; code: number } | null = null;
  for (const m of text.matchAll(ESCAPE)) {
    const code = m[1] ? parseInt(m[1], 16) : (SIMPLE[m[2]!] ?? 0x20);
    if (high) {
      if (m.index === high.at + 6 && code >= 0xdc00 && code <= 0xdfff) {
        high = null;
        continue;
      }
      return high;
    }
    if (code >= 0xd800 && code <= 0xdbff) high = { at: m.index, code };
    else if ((code >= 0xdc00 && code <= 0xdfff) || FORBIDDEN.test(String.fromCharCode(code)))
      return { at: m.index, code };
  }
  return high;
}

/**
 * Stop on a forbidden character in a JSON file, written as it is or as an escape (\u202e, \b), naming the entry it
 * is in and its line and column in the file. Read from the text, before parsing: linear, and no string is missed.
 */
export function checkJsonCharacters(path: string, text: string): void {
  const raw = FORBIDDEN.exec(text);
  const escaped = badEscape(text);
  const bad =
    raw && (!escaped || raw.index < escaped.at) ? { at: raw.index, code: text.charCodeAt(raw.index) } : escaped;
  if (!bad) return;
  const { path: where, key } = jsonPathAt(text, bad.at);
  throw new DataError(
    path,
    where || '(top level)',
    `${key ? 'the key' : 'the value'} holds ${describeCharacter(bad.code)} at ${lineCol(text, bad.at)}`,
    'remove it (copy the text again from the official document where it is a quote)',
  );
}

/**
 * The entry of a JSON text an offset falls in, written as messages name entries (`observations[0].note_zh`), and
 * whether the offset is inside a key. Scans valid JSON with a stack of its own: nesting depth costs no recursion.
 */
export function jsonPathAt(text: string, offset: number): { path: string; key: boolean } {
  type Frame = { object: boolean; key: string; index: number };
  const stack: Frame[] = [];
  let expectKey = false;
  let inKey = false;
  for (let i = 0; i < text.length && i <= offset; i++) {
    const c = text[i];
    const top = stack.at(-1);
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (top?.object && expectKey) {
        top.key = stringValue(text.slice(i, j + 1));
        expectKey = false;
        inKey = offset <= j;
      }
      if (offset <= j) break;
      i = j;
    } else if (c === '{' || c === '[') {
      stack.push({ object: c === '{', key: '', index: 0 });
      expectKey = c === '{';
    } else if (c === '}' || c === ']') stack.pop();
    else if (c === ',' && top) {
      if (top.object) expectKey = true;
      else top.index++;
    }
  }
  const path = stack
    .map((f) => (f.object ? (f.key ? `.${f.key}` : '') : `[${f.index}]`))
    .join('')
    .replace(/^\./, '');
  return { path, key: inKey };
}

/** A JSON string literal's value; its raw inside when it does not parse (a raw control character in it). */
function stringValue(literal: string): string {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return literal.slice(1, -1);
  }
}

/** Deeper than any input of the project nests (five levels), far shallower than a recursive reader can go. */
export const MAX_JSON_DEPTH = 64;

/** Where a JSON text first opens more than `limit` brackets at once (strings skipped), or -1. Linear, no recursion. */
export function tooDeep(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      i = j;
    } else if (c === '{' || c === '[') {
      if (++depth > limit) return i;
    } else if (c === '}' || c === ']') depth--;
  }
  return -1;
}

/** The first key an object of valid JSON names twice (JSON.parse keeps the last silently), with where it is. */
export function duplicateKey(text: string): { key: string; path: string; at: number } | null {
  type Frame = { keys: Set<string> | null; label: string; index: number };
  const stack: Frame[] = [];
  let expectKey = false;
  const path = () =>
    stack
      .slice(0, -1)
      .map((f) => f.label)
      .join('')
      .replace(/^\./, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (top?.keys && expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (top.keys.has(key)) return { key, path: path(), at: i };
        top.keys.add(key);
        top.label = `.${key}`;
        expectKey = false;
      }
      i = j;
    } else if (c === '{' || c === '[') {
      if (top && !top.keys) top.label = `[${top.index}]`;
      stack.push({ keys: c === '{' ? new Set() : null, label: '', index: 0 });
      expectKey = c === '{';
    } else if (c === '}' || c === ']') stack.pop();
    else if (c === ',' && top) {
      if (top.keys) expectKey = true;
      else top.index++;
    }
  }
  return null;
}
