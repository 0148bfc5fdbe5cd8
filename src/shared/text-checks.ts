// Checks on the raw inputs before anything reads meaning into them: the bytes are UTF-8 text (with a diagnosis when
// not: truncated, GBK, empty), strings carry no NUL or lone surrogate, and a JSON object names each key once.
import { DataError } from './errors.ts';

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

/** Where a text holds a NUL or a lone surrogate (neither is text a document can carry), or -1. */
export function badCharacter(text: string): { at: number; what: string } | null {
  const nul = text.indexOf('\u0000');
  if (nul !== -1) return { at: nul, what: 'a NUL character (U+0000)' };
  if (!text.isWellFormed()) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          i++;
          continue;
        }
      }
      if (c >= 0xd800 && c <= 0xdfff)
        return { at: i, what: `a lone surrogate (U+${c.toString(16).toUpperCase()}, half of a character)` };
    }
  }
  return null;
}

export function checkCharacters(path: string, entry: string, text: string, where: () => string): void {
  const bad = badCharacter(text);
  if (bad)
    throw new DataError(
      path,
      entry,
      `${where()} holds ${bad.what}`,
      'remove it: copy the text again from the official document',
    );
}

/** Every string of a parsed JSON value, with its path, for the character check. */
export function checkJsonStrings(path: string, value: unknown): void {
  const walk = (v: unknown, at: string): void => {
    if (typeof v === 'string') checkCharacters(path, at || '(top level)', v, () => 'the value');
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}[${i}]`));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        checkCharacters(path, at || '(top level)', k, () => `the key "${k}"`);
        walk(x, at ? `${at}.${k}` : k);
      }
  };
  walk(value, '');
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
