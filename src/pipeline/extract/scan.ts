import type { MentionKind } from '../../schemas/vocab.ts';
import type { Draft } from './types.ts';

/** Push every item; not `out.push(...items)`, which overflows the call stack at about 125,000 items. */
export function append<T>(out: T[], items: readonly T[]): void {
  for (const item of items) out.push(item);
}

/** Runs a global regex over the text, mapping each match to zero or more drafts. */
export function scanAll(regex: RegExp, work: string, map: (m: RegExpExecArray) => Draft | Draft[] | null): Draft[] {
  const out: Draft[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(work); m !== null; m = regex.exec(work)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    const d = map(m);
    if (d === null) continue;
    if (Array.isArray(d)) append(out, d);
    else out.push(d);
  }
  return out;
}

/** A mention with no numeric value (date, range, reference, contact) over a whole match. */
export function plain(m: RegExpExecArray, kind: MentionKind, iso?: string): Draft {
  const d: Draft = { start: m.index, end: m.index + m[0].length, value: null, unit: null, qualifier: 'exact', kind };
  if (iso !== undefined) d.iso = iso;
  return d;
}
