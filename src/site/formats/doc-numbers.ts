// Document numbers inside running text (a chart's source line, a citation, a sentence naming plans), found so a page
// can keep each on one line. A number of an official document is written, as GB/T 9704 sets it out, as the issuer's
// code, the year in 〔〕 and the serial with 号: 沪知局函〔2023〕54号.
export const DOC_NUMBER = /[\u3400-\u9fff]+〔\d{4}〕\d+号/gu;

/** The text in runs, each marked as a document number or not, in order. */
export function splitDocNumbers(text: string): { text: string; docNumber: boolean }[] {
  const parts: { text: string; docNumber: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(DOC_NUMBER)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index), docNumber: false });
    parts.push({ text: m[0], docNumber: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), docNumber: false });
  return parts;
}
