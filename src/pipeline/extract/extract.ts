import { normalizeWidth } from './numerals.ts';
import { scanContacts } from './scan-contacts.ts';
import { scanDates, scanYearRanges } from './scan-dates.ts';
import { scanOrdinals } from './scan-ordinals.ts';
import { scanPercents } from './scan-percents.ts';
import { scanQuantities } from './scan-quantities.ts';
import { scanRanges } from './scan-ranges.ts';
import { scanReferences } from './scan-references.ts';
import { scanUnreadable } from './scan-unreadable.ts';
import { signAll } from './signs.ts';
import type { Draft, Mention, Scanner } from './types.ts';

/**
 * Passes in priority order. Each pass sees the text with the spans taken by earlier passes
 * masked out, so a phone number is never read as a count, a document number never as a date,
 * a date never as a quantity of 年, and so on.
 */
const PASSES: readonly Scanner[] = [
  scanContacts,
  scanReferences,
  scanYearRanges,
  scanDates,
  scanOrdinals,
  scanUnreadable,
  scanRanges,
  scanPercents,
  scanQuantities,
];

const MASK = '\u0000';

function mask(work: string, spans: readonly Draft[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const s of sorted) {
    parts.push(work.slice(at, s.start), MASK.repeat(s.end - s.start));
    at = s.end;
  }
  parts.push(work.slice(at));
  return parts.join('');
}

function toMention(source: string, d: Draft): Mention {
  const m: Mention = {
    text: source.slice(d.start, d.end),
    start: d.start,
    end: d.end,
    value: d.value,
    unit: d.unit,
    qualifier: d.qualifier,
    kind: d.kind,
  };
  if (d.low !== undefined) m.low = d.low;
  if (d.high !== undefined) m.high = d.high;
  if (d.iso !== undefined) m.iso = d.iso;
  return m;
}

/**
 * Every numeric mention in the text, sorted by start, non-overlapping. Every run of digits, and every Chinese numeral
 * with a measure word, is either read whole or reported as `unreadable`: none is skipped or read in part.
 */
export function extractMentions(text: string): Mention[] {
  let work = normalizeWidth(text);
  const taken = new Uint8Array(text.length);
  const out: Draft[] = [];
  for (const pass of PASSES) {
    const drafts = pass(work).sort((a, b) => a.start - b.start || b.end - a.end);
    const accepted: Draft[] = [];
    for (const d of drafts) {
      if (d.end <= d.start || d.end > text.length) continue;
      if (taken.subarray(d.start, d.end).some((x) => x !== 0)) continue;
      taken.fill(1, d.start, d.end);
      accepted.push(d);
      out.push(d);
    }
    if (accepted.length > 0) work = mask(work, accepted);
  }
  // Signs last: the words before a number are read once every number has been found and masked.
  return signAll(work, out, taken).map((d) => toMention(text, d));
}
