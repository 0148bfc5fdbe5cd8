// Marks up a source text for the source viewer without any JavaScript.
//
// The text is cut into segments at every quote and mention boundary. Each segment is an element carrying one class
// per quote that covers it; an empty anchor with id q-<start>-<end> sits just before each quote, and all of them are
// siblings. One CSS rule per quote, `#q-S-E:target ~ .q-S-E`, then highlights exactly the passage a link points to.
// A line break inside a sentence (a page break of the original, page-breaks.ts) is kept in the text, in a span of
// class `pb` the page hides, so the sentence reads as one paragraph. A number that is not a statistic is a
// <details> whose summary is the number and whose body is the reason: it opens on tap, with no script.
import { sentenceBreaks } from './page-breaks.ts';
import { quoteId } from '../../shared/addresses.ts';
import { escapeMarkup } from '../../shared/markup.ts';

/** A link shown with a passage or number: where the reader goes from the source text. */
export interface RowLink {
  href: string;
  label: string;
}

/** A quoted passage and the rows that quote it. */
export interface QuoteMark {
  start: number;
  end: number;
  rows: RowLink[];
}

/** A numeric mention: a link to the row using it, or muted with the reason it is not a statistic. */
export interface MentionMark {
  start: number;
  end: number;
  /** The row that uses the number; absent for numbers that are not statistics. */
  row?: RowLink;
  /** Tooltip: what the number is used for, or why it is not a statistic. */
  title: string;
}

export interface SourceMarkup {
  html: string;
  css: string;
}

/** Merge quotes that cover the same span: one anchor, every row that quotes it. */
export function mergeQuotes(quotes: readonly QuoteMark[]): QuoteMark[] {
  const byKey = new Map<string, QuoteMark>();
  for (const q of quotes) {
    const key = quoteId(q.start, q.end);
    const seen = byKey.get(key);
    if (seen) {
      for (const r of q.rows) if (!seen.rows.some((s) => s.href === r.href)) seen.rows.push(r);
    } else byKey.set(key, { start: q.start, end: q.end, rows: [...q.rows] });
  }
  return [...byKey.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

export function markUpSource(
  text: string,
  quoteList: readonly QuoteMark[],
  mentions: readonly MentionMark[],
  backLabel: string,
  /** The language the reasons for numbers that are not statistics are written in (the reader's). */
  reasonLang = 'zh-CN',
): SourceMarkup {
  const quotes = mergeQuotes(quoteList);
  for (const s of [...quotes, ...mentions]) {
    if (s.start < 0 || s.end > text.length || s.start >= s.end)
      throw new Error(`span ${s.start}-${s.end} lies outside the text (${text.length} characters)`);
  }
  const breaks = sentenceBreaks(text);
  const cuts = new Set<number>([0, text.length]);
  for (const s of [...quotes, ...mentions, ...breaks.map(([start, end]) => ({ start, end }))]) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const startsAt = new Map<number, QuoteMark[]>();
  const endsAt = new Map<number, QuoteMark[]>();
  const add = (map: Map<number, QuoteMark[]>, at: number, q: QuoteMark) => {
    const list = map.get(at);
    if (list) list.push(q);
    else map.set(at, [q]);
  };
  for (const q of quotes) {
    add(startsAt, q.start, q);
    add(endsAt, q.end, q);
  }
  // One sweep over the cut points: the quotes open at a point, and the next mention, are carried along rather than
  // searched for at every point (that search made a long source page quadratic).
  let open: QuoteMark[] = [];
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  let next = 0;
  const out: string[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    for (const q of endsAt.get(from) ?? []) out.push(backLinks(q, backLabel));
    for (const q of startsAt.get(from) ?? []) out.push(`<span class="qa" id="${quoteId(q.start, q.end)}"></span>`);
    if (endsAt.has(from)) open = open.filter((q) => q.end > from);
    if (startsAt.has(from)) open = [...open, ...startsAt.get(from)!].sort((a, b) => a.start - b.start || a.end - b.end);
    const classes = open.map((q) => quoteId(q.start, q.end));
    while (next < byStart.length && byStart[next]!.end <= from) next++;
    const candidate = byStart[next];
    const mention = candidate && candidate.start <= from && to <= candidate.end ? candidate : undefined;
    const body = escapeMarkup(text.slice(from, to));
    if (breaks.some(([s, e]) => s === from && e === to)) {
      out.push(`<span class="${['pb', ...classes].join(' ')}">${body}</span>`);
    } else if (mention?.row) {
      out.push(
        `<a class="${['m', 'm-used', ...classes].join(' ')}" href="${escapeMarkup(mention.row.href)}" title="${escapeMarkup(mention.title)}">${body}</a>`,
      );
    } else if (mention) {
      out.push(
        `<details class="${['m', 'm-muted', ...classes].join(' ')}"><summary>${body}</summary><span class="why" lang="${reasonLang}">${escapeMarkup(mention.title)}</span></details>`,
      );
    } else if (classes.length) {
      out.push(`<span class="${classes.join(' ')}">${body}</span>`);
    } else {
      out.push(body);
    }
  }
  for (const q of endsAt.get(text.length) ?? []) out.push(backLinks(q, backLabel));
  const css = quotes
    .map((q) => {
      const id = quoteId(q.start, q.end);
      return `#${id}:target~.${id}{background:var(--mark);box-shadow:0 2px 0 var(--mark-line)}#${id}:target~.b-${id}{display:inline}`;
    })
    .join('\n');
  return { html: out.join(''), css };
}

function backLinks(q: QuoteMark, backLabel: string): string {
  const links = q.rows.map((r) => `<a href="${escapeMarkup(r.href)}">↩ ${escapeMarkup(r.label)}</a>`).join(' ');
  return `<span class="back b-${quoteId(q.start, q.end)}" role="note" aria-label="${escapeMarkup(backLabel)}">${links}</span>`;
}
