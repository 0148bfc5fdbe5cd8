/**
 * Width of text in pixels, estimated without a browser: CJK and full-width characters take a full em, Latin letters
 * and digits a little over half. Estimates err wide so labels never overrun what they are placed against.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/u.test(ch)) em += 1;
    else if (/[0-9]/.test(ch)) em += 0.64;
    else if (/[A-Z%@#&—–mw]/.test(ch)) em += 0.8;
    else if (/[ .,:;'!|ijlft()[\]·]/.test(ch)) em += 0.36;
    else em += 0.62;
  }
  return em * fontSize * (bold ? 1.1 : 1);
}

/** Punctuation a Chinese line must not start with. */
const NO_LINE_START = /^[，。、；：）》」』％%,.;:)]/u;

/**
 * Lines of at most `maxWidth` pixels. Latin text breaks at spaces; Chinese between any two characters, except
 * before closing punctuation. A single word wider than the line stays whole.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const tokens = text.match(/[A-Za-z0-9.,%:;'’()\-–+/×÷=≥≤<>]+\s*|\s+|./gsu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line + token;
    if (line !== '' && textWidth(next.trimEnd(), fontSize, bold) > maxWidth && !NO_LINE_START.test(token)) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line = next;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
