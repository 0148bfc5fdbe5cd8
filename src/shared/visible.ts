// Text echoed in a message (a quote, a key, a file name) may hold characters a terminal acts on or hides: escape
// sequences that recolour or clear the screen, bidirectional overrides that reorder what is shown, invisible
// characters, line breaks that split the one line a failure prints. Each is written as \u{…} instead, so what a
// message shows is what the data holds. Backslashes are left alone, so escaping twice changes nothing.

/**
 * C0 and C1 controls (line breaks and tabs included), DEL, bidirectional marks, overrides and isolates (U+061C,
 * U+200E-U+200F, U+202A-U+202E, U+2066-U+2069), zero-width characters (U+200B-U+200D, U+2060, U+FEFF), the line
 * and paragraph separators (U+2028-U+2029), and halves of a character standing alone.
 */
const HIDDEN =
  // eslint-disable-next-line no-control-regex -- finding control characters is what this is for
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text with every character a terminal would act on or hide written as \u{…} (e.g. ESC as \u{1B}). */
export function visible(text: string): string {
  return text.replace(HIDDEN, (c) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase()}}`);
}

/** A code point as Unicode writes it: U+202E. */
export function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
