// The period each figure covers, read as a reader reads it: the time expressions of a paragraph, in order, set the
// span its figures fall in ("2023年，……全年……", "2022年起……截至2024年5月底，累计……", "1至6月，……"), starting from the
// document's own year (a report's or white paper's reporting year, in its title; a reply's year to its date); a flow
// covers the span, a stock is counted at its end. The document's date is not its figures' period.
import type { Mention } from '../../pipeline/extract/index.ts';
import { STOCK_CUE, FLOW_CUE, HELD } from './words.ts';

export interface Period {
  period_start: string;
  period_end: string;
}

export type FlowStock = 'flow' | 'stock';

/** What the document says of its own time. */
export interface TimeContext {
  /** The year its figures are of when nothing nearer says: a report's reporting year, else the year it was issued. */
  year: number;
  /** The date it speaks from: its date issued, or the end of its year where the text states none. */
  date: string;
  /**
   * A reply (or any document with no period of its own): a figure with no time expression is as of its date (a count
   * on that date, a rate over its year so far).
   */
  toDate: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthEnd = (y: number, m: number) => `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;

interface Span {
  start: string;
  end: string;
  /** Set by 截至 …: an end date; a flow runs to it from where the span started, a stock is counted on it. */
  asOf: boolean;
  /** Set by …以来, …起, 2021年至2023年: a start that a later 截至 keeps (2022年起……截至2024年5月底，累计……). */
  since: boolean;
}

interface State {
  span: Span;
  /** The year just read in the paragraph: 全年, 当年, 上半年 are of it. */
  year: number;
  /** The year just read in the sentence: a month with no year of its own is of it, else of the document's year. */
  sentenceYear: number | null;
}

type Apply = (s: State, ctx: TimeContext) => void;
interface Event {
  at: number;
  end: number;
  apply: Apply;
}

const span = (start: string, end: string, since = false): Span => ({ start, end, asOf: false, since });
const yearSpan = (y: number): Span => span(`${y}-01-01`, `${y}-12-31`);

/** An end date (截至 …): a flow runs to it from the span's own start if it has one, else from the start of its year. */
function asOf(s: State, date: string): void {
  const start = s.span.since && s.span.start <= date ? s.span.start : `${date.slice(0, 4)}-01-01`;
  s.span = { start, end: date, asOf: true, since: s.span.since };
}

const UNTIL_BEFORE = /(?:截至|截止|截止到|到)\s{0,2}$/u;
const SINCE_AFTER = /^\s{0,2}(?:以来|起|开始|至今)/u;
const END_AFTER = /^\s{0,2}(?:底|末)/u;

/** The span a date or year-range mention sets, by its iso and the words around it. */
function dateEvent(text: string, t: Mention): Event | null {
  const before = text.slice(Math.max(0, t.start - 4), t.start);
  const after = text.slice(t.end, t.end + 4);
  const until = UNTIL_BEFORE.test(before);
  const since = SINCE_AFTER.test(after);
  const endOf = END_AFTER.test(after);
  const iso = t.iso!;
  const at = { at: t.start, end: t.end };
  if (t.kind === 'year_range') {
    const [a, b] = iso.split('/');
    return {
      ...at,
      apply: (s, ctx) => {
        s.span = span(`${a}-01-01`, b === '..' ? ctx.date : `${b}-12-31`, true);
        s.year = Number(b === '..' ? ctx.date.slice(0, 4) : b);
      },
    };
  }
  let m = /^(?:(\d{4})|-)-(\d{2})\/(?:(\d{4})|-)-(\d{2})$/u.exec(iso);
  if (m) {
    const [, y1, a, , b] = m;
    return {
      ...at,
      apply: (s, ctx) => {
        const y = y1 ? Number(y1) : (s.sentenceYear ?? ctx.year);
        s.span = span(`${y}-${a}-01`, monthEnd(y, Number(b)));
        s.year = y;
      },
    };
  }
  m = /^(\d{4})$/u.exec(iso);
  if (m) {
    const y = Number(m[1]);
    return {
      ...at,
      apply: (s, ctx) => {
        // 2021年以来 runs to the document's date: the year just read is that date's (上半年 after it is this year's).
        s.year = since ? Number(ctx.date.slice(0, 4)) : y;
        s.sentenceYear = s.year;
        if (since) s.span = span(`${y}-01-01`, ctx.date, true);
        else if (until || endOf) asOf(s, `${y}-12-31`);
        else s.span = yearSpan(y);
      },
    };
  }
  m = /^(?:(\d{4})|-)-(\d{2})(?:-(\d{2}))?$/u.exec(iso);
  if (!m) return null;
  const [, y0, mo, d] = m;
  return {
    ...at,
    apply: (s, ctx) => {
      const y = y0 ? Number(y0) : (s.sentenceYear ?? ctx.year);
      if (y0) s.sentenceYear = y;
      // 截至2021年6月底: the year just read (上半年, 全年 after it are of it).
      if (y0 && (until || endOf || since)) s.year = y;
      const day = d ? `${y}-${mo}-${d}` : monthEnd(y, Number(mo));
      const first = `${y}-${mo}-${d ?? '01'}`;
      if (since) s.span = span(first, ctx.date, true);
      // A month or day with 截至 before it (or 底 after) ends the span; a bare one dates an event (9月份完成……), not
      // the period of the figures around it.
      else if (until || endOf) asOf(s, day);
    },
  };
}

const QUARTERS = '一二三四';
/** A count of years written in a numeral: 两年 and 二年 are both two. */
const count = (c: string) => (c === '二' ? 2 : '一两三四五六七八九十'.indexOf(c) + 1);

/** Time words with no number: 全年, 上半年, 一季度, 今年以来, 截至目前, 截至年底 …, each with the span it sets. */
const WORDS: [RegExp, (m: RegExpMatchArray) => Apply][] = [
  [/(?:截至|截止|到)\s{0,2}(?:目前|现在)|目前/gu, () => (s, ctx) => asOf(s, ctx.date)],
  // 上年末, 去年底 name a change's base, not the end of a span.
  [/(?<![上去])(?:截至|截止|到)?\s{0,2}(?:年底|年末)/gu, () => (s) => asOf(s, `${s.year}-12-31`)],
  [/(?:今年|本年|年初)以来/gu, () => (s, ctx) => (s.span = span(`${ctx.year}-01-01`, ctx.date, true))],
  [/上半年/gu, () => (s) => (s.span = span(`${s.year}-01-01`, `${s.year}-06-30`))],
  [/下半年/gu, () => (s) => (s.span = span(`${s.year}-07-01`, `${s.year}-12-31`))],
  [/前三季度/gu, () => (s) => (s.span = span(`${s.year}-01-01`, `${s.year}-09-30`))],
  [
    /(?<!前)第?([一二三四])季度/gu,
    (m) => {
      const q = QUARTERS.indexOf(m[1]!) + 1;
      return (s) => (s.span = span(`${s.year}-${pad(3 * q - 2)}-01`, monthEnd(s.year, 3 * q)));
    },
  ],
  // 今年, 本年: the year the document speaks in (a reply's, to its date; a report's, its reporting year), whatever year
  // the paragraph read last (2022年……。今年上半年……); inside 截至2023年6月底 of that year, to that end (其中今年新建5家).
  [
    /今年|本年(?!度)/gu,
    () => (s, ctx) => {
      const y = ctx.toDate ? Number(ctx.date.slice(0, 4)) : ctx.year;
      s.year = y;
      s.sentenceYear = y;
      if (s.span.asOf && s.span.end.startsWith(`${y}-`)) s.span = span(`${y}-01-01`, s.span.end);
      else if (ctx.toDate && ctx.date.startsWith(`${y}-`)) s.span = span(`${y}-01-01`, ctx.date);
      else s.span = yearSpan(y);
    },
  ],
  // 近三年: the three whole years before the one the document speaks in.
  [
    /近([两二三四五六七八九十])年(?:来|间|以来)?/gu,
    (m) => (s, ctx) => {
      const n = count(m[1]!);
      const y = (ctx.toDate ? Number(ctx.date.slice(0, 4)) : ctx.year) - 1;
      s.span = span(`${y - n + 1}-01-01`, `${y}-12-31`);
    },
  ],
  // 两年合计, 三年累计: the years just read, ending with the last one (2021年……，2022年……，两年罚没款合计……).
  [
    /(?<![近前后\d])([两二三四五])年(?=[^，。；]{0,8}?(?:合计|累计|共计|总计))/gu,
    (m) => (s) => {
      const n = count(m[1]!);
      s.span = span(`${s.year - n + 1}-01-01`, `${s.year}-12-31`);
    },
  ],
  [/全年|当年|本年度/gu, () => (s) => (s.span = yearSpan(s.year))],
  [/(?<![较比])(?:去年|上年)(?!同期)/gu, () => (s) => (s.span = yearSpan(s.year - 1))],
];

/** Every time expression of the text, in order (those inside 《》 or “” name something and are left out). */
function events(text: string, mentions: readonly Mention[], quoted: Uint8Array): Event[] {
  const out: Event[] = [];
  const dated = new Uint8Array(text.length);
  for (const t of mentions) {
    if ((t.kind !== 'date' && t.kind !== 'year_range') || !t.iso || quoted[t.start]) continue;
    const e = dateEvent(text, t);
    if (!e) continue;
    out.push(e);
    dated.fill(1, t.start, t.end);
  }
  for (const [re, make] of WORDS) {
    for (const m of text.matchAll(re)) {
      if (quoted[m.index] || dated[m.index]) continue;
      out.push({ at: m.index, end: m.index + m[0].length, apply: make(m) });
      dated.fill(1, m.index, m.index + m[0].length);
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

const SENTENCE_END = /[。！？；]/u;
/** A paragraph ends at a line break after a sentence's end, before a blank line or before a numbered line. */
const NUMBERED =
  /^[ \t\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、](?!\d)|第[一二三四五六七八九十]+)/u;

function paragraphBreak(text: string, at: number): boolean {
  if (text[at] !== '\n') return false;
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000' || text[i] === '\r')) i--;
  if (i < 0 || text[i] === '\n' || /[。！？；：:]/u.test(text[i]!)) return true;
  return text[at + 1] === '\n' || NUMBERED.test(text.slice(at + 1, at + 12));
}

const GROWTH_BEFORE =
  /(?:同比|环比|较上年度?|比上年|较去年|比去年|较\d{4}年)?\s{0,2}(?:增长|增加|上升|提高|下降|减少|回落|降低|下滑|增|降)了?\s{0,2}$/u;
const AND = /^\s{0,2}(?:和|与|及|、)\s{0,2}$/u;
const FALL_START = /^(?:下降|减少|回落|降低|下滑|缩减|减小|负增长|降幅)/u;

/** Where a figure stands in time, before its flow or stock is settled. */
export interface FigureTime {
  span: Span;
  /** A change on the year before (较上年, 同比, 增长8.7%): a flow over the year just read. */
  growth: boolean;
  /**
   * What the words of its clause say it counts: a change or rate (`change`), 有效, 累计达到 (`stock`), 受理, 查处
   * (`flow`); null where they say nothing.
   */
  cue: 'change' | FlowStock | null;
  /** 新增, 新建, 全年: counted as it happened, even in a clause 截至 a date. */
  new: boolean;
}

/**
 * The time of each statistic in `figures`, in one pass over the text (each expression and each figure visited once,
 * so a text of any length costs its length).
 */
export function figureTimes(
  text: string,
  mentions: readonly Mention[],
  figures: readonly Mention[],
  ctx: TimeContext,
  quoted: Uint8Array,
): Map<number, FigureTime> {
  const out = new Map<number, FigureTime>();
  const evs = events(text, mentions, quoted);
  const fresh = (): State => ({
    span: ctx.toDate ? { start: `${ctx.year}-01-01`, end: ctx.date, asOf: true, since: false } : yearSpan(ctx.year),
    year: ctx.year,
    sentenceYear: null,
  });
  let state = fresh();
  let e = 0;
  let at = 0;
  let clauseStart = 0;
  let previous = null as { end: number; growth: boolean } | null;
  for (const m of [...figures].sort((a, b) => a.start - b.start)) {
    for (; at < m.start; at++) {
      if (paragraphBreak(text, at)) {
        state = fresh();
        clauseStart = at + 1;
      } else if (SENTENCE_END.test(text[at]!)) {
        state.sentenceYear = null;
        clauseStart = at + 1;
      } else if (/[，,：:]/u.test(text[at]!)) clauseStart = at + 1;
      for (; e < evs.length && evs[e]!.at <= at; e++) evs[e]!.apply(state, ctx);
    }
    const clause = text.slice(Math.max(clauseStart, m.start - 40), m.start);
    // 分别增长9.6%和11.2%: the verb governs every number 和 or 、 joins to the first.
    const joined: boolean = !!previous?.growth && AND.test(text.slice(previous.end, m.start));
    const growth: boolean = FALL_START.test(m.text) || GROWTH_BEFORE.test(clause) || joined;
    previous = { end: m.end, growth };
    // A share of what is held (有效发明专利占全市总量的71.3%) is counted on a date, as what it is a share of.
    const cue =
      m.kind === 'percent' && !growth && HELD.test(clause)
        ? 'stock'
        : growth || m.kind === 'percent'
          ? 'change'
          : STOCK_CUE.test(clause)
            ? 'stock'
            : FLOW_CUE.test(clause)
              ? 'flow'
              : null;
    out.set(m.start, { span: { ...state.span }, growth, cue, new: NEW.test(clause) });
  }
  return out;
}

/**
 * The period of a figure that counts as `kind`: a stock on the span's last day; a flow over the span, a change over
 * the whole year it ends in when the span is only an end date (截至年底……，较上年增加117家).
 */
export function periodOf(t: FigureTime, kind: FlowStock): Period {
  if (kind === 'stock') return { period_start: t.span.end, period_end: t.span.end };
  const start = t.span.asOf && t.growth ? `${t.span.end.slice(0, 4)}-01-01` : t.span.start;
  return { period_start: start, period_end: t.span.end };
}

/** Words that make a figure a flow even as of a date: what was added, or done over the whole year. */
const NEW = /新(?:增|建|设|认定|培育|获批)|全年/u;

/**
 * Flow or stock: a change or a rate is a flow; 有效, 累计达到 … make a stock; from a start on (2021年以来，累计……) a
 * count is a flow; as of a date with no start before it (截至目前，共发布十三批; a reply's undated count) a stock
 * unless it is new (新增, 全年); then the clause's verbs (受理, 查处 … flow); then the chosen indicator's own; a flow
 * otherwise.
 */
export function flowStockOf(t: FigureTime, indicator: FlowStock | null): FlowStock {
  if (t.cue === 'change') return 'flow';
  return saidOf(t) ?? indicator ?? 'flow';
}

/** Flow or stock as the figure's words and time say it, before any indicator is chosen; null where they do not. */
export function saidOf(t: FigureTime): FlowStock | null {
  if (t.cue === 'change') return null;
  if (t.cue === 'stock') return 'stock';
  // 2021年以来，累计……: what happened from that start on.
  if (t.span.since && !t.span.asOf) return 'flow';
  if (t.span.asOf && !t.span.since && !t.new) return 'stock';
  return t.cue;
}
