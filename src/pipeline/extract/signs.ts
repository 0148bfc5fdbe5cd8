import { roundValue } from './numerals.ts';
import type { Draft } from './types.ts';

/**
 * A change the text states as a fall is negative: 同比下降6.0% is -6.0, 较上年减少120件 is -120, 下降了约3个百分点
 * is about -3. The verb joins the mention (as 约 and 以上 do), so that a quote cannot hold the number without what
 * gives it its sign. A verb followed by 至/到/为 states a level, not a change (降低至15%: 15), and is never read here
 * because it does not end right before the number.
 */
const FALL = /(?:(?:下降|减少|回落|降低|下滑|缩减|减小|负增长)了?|降幅(?:为|达到?)?)[ \t\u3000]{0,2}$/u;
/** A minus sign written before a number (增长-3.2%), not a dash between two numbers or after a letter. */
const MINUS = /(?<=[\p{Script=Han}：:（(，,；;、]\s{0,2})[-−﹣]$/u;
/** Between two numbers that one verb governs: 分别下降9.6%和11.2% (both falls). */
const AND = /^[ \t\u3000]{0,2}(?:和|与|及|、)[ \t\u3000]{0,2}$/u;
const WINDOW = 12;

/**
 * The drafts with their signs read, in text order. `prev` carries a fall on to the next number of the same unit when
 * only 和/与/及/、 stands between them.
 */
export function signAll(work: string, drafts: readonly Draft[], taken: Uint8Array): Draft[] {
  const out: Draft[] = [];
  let prev: { draft: Draft; fell: boolean } | null = null;
  for (const d of [...drafts].sort((a, b) => a.start - b.start)) {
    let s = signed(work, d, taken);
    const fell = s !== d;
    if (
      !fell &&
      prev?.fell &&
      d.value !== null &&
      d.unit === prev.draft.unit &&
      AND.test(work.slice(prev.draft.end, d.start))
    )
      s = negate(d, d.start);
    out.push(s);
    prev = { draft: s, fell: fell || s !== d };
  }
  return out;
}

function signed(work: string, d: Draft, taken: Uint8Array): Draft {
  if (d.value === null) return d;
  const from = Math.max(0, d.start - WINDOW);
  const before = work.slice(from, d.start);
  const m = FALL.exec(before) ?? MINUS.exec(before);
  if (!m) return d;
  const start = from + m.index;
  if (taken.subarray(start, d.start).some((x) => x !== 0)) return d;
  return negate(d, start);
}

function negate(d: Draft, start: number): Draft {
  const out: Draft = { ...d, start, value: roundValue(-d.value!) };
  if (d.low !== undefined && d.high !== undefined) {
    // 下降3-5个百分点: from -5 to -3, its value the lower bound as for every range.
    out.low = roundValue(-d.high);
    out.high = roundValue(-d.low);
    out.value = out.low;
  }
  return out;
}
