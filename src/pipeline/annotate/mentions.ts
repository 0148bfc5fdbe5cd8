import { extractMentions, type Mention } from '../extract/index.ts';
import { ACCOUNTED_KINDS, type MentionKind, type MentionRow } from '../../schemas/index.ts';
import { DataError } from '../../shared/errors.ts';
import { stripWhite, type Span } from '../../shared/quotes.ts';
import type { Source } from '../sources/sources.ts';
import type { Extract } from './mention-cache.ts';

type Use = MentionRow['use'];

/** Why a number is not a statistic, in both languages (shown to readers in their own). */
export interface Reason {
  en: string;
  zh: string;
}

interface Claim {
  use: Use;
  usedBy: string | null;
  reason: Reason | null;
}

/** Names of the kinds that can never be statistics, for the reason published with each. */
const KIND_ZH: Partial<Record<MentionKind, string>> = {
  date: '日期',
  year_range: '年份区间',
  ordinal: '序数',
  reference: '文号或名称中的编号',
  contact: '联系方式',
};

/** The numeric mentions of one source and what claims each of them. */
export class MentionLedger {
  readonly source: Source;
  readonly mentions: Mention[];
  private readonly claims = new Map<number, Claim>();
  /**
   * The statistic-like mentions, and the numbers the extractor could not read, in text order (mentions never
   * overlap), for binary search by position: a curator accounts for each of them.
   */
  private readonly statistics: Mention[];

  /** `extract` finds the text's mentions: extractMentions, or the build's cache of it (see mention-cache.ts). */
  constructor(source: Source, extract: Extract = extractMentions) {
    this.source = source;
    this.mentions = extract(source.text);
    this.statistics = this.mentions.filter((m) => ACCOUNTED_KINDS.includes(m.kind));
  }

  /** The statistic-like mentions that overlap a span, found by binary search: each entry costs log n, not n. */
  private overlapping(span: Span): Mention[] {
    const list = this.statistics;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.end <= span.start) lo = mid + 1;
      else hi = mid;
    }
    const out: Mention[] = [];
    for (let i = lo; i < list.length && list[i]!.start < span.end; i++) out.push(list[i]!);
    return out;
  }

  /** The statistic-like mentions inside a span: the one named by `text`, or the only one there is. */
  pick(span: Span, text: string | undefined, file: string, entry: string): Mention {
    const inside = this.overlapping(span);
    const cut = inside.find((m) => m.start < span.start || m.end > span.end);
    if (cut)
      throw new DataError(
        file,
        entry,
        `the quote cuts the number "${cut.text}" in two`,
        'extend the quote to include the whole number with its unit and qualifier',
      );
    const chosen = text === undefined ? inside : inside.filter((m) => stripWhite(m.text) === stripWhite(text));
    if (chosen.length === 1) return chosen[0]!;
    const found = inside.map((m) => `"${m.text}"`).join(', ') || 'none';
    if (text !== undefined)
      throw new DataError(
        file,
        entry,
        `mention "${text}" is not one of the numbers the extractor reads in the quote (${found})`,
        'set `mention` to one of those texts exactly',
      );
    throw new DataError(
      file,
      entry,
      `the quote must hold exactly one count, amount or percentage, but holds ${inside.length} (${found})`,
      inside.length
        ? 'add `mention` with the exact text of the number meant'
        : 'quote the passage that contains the number',
    );
  }

  /** Every statistic-like mention inside a span. */
  statisticsIn(span: Span): Mention[] {
    return this.overlapping(span).filter((m) => m.start >= span.start && m.end <= span.end);
  }

  /**
   * Account for a number. It is used once, except that one number may state several figures, each an observation
   * (见面率、满意率均达100%: two rates, one number); its row then names the first.
   */
  claim(m: Mention, use: Use, usedBy: string | null, reason: Reason | null, file: string, entry: string): void {
    const prior = this.claims.get(m.start);
    if (prior?.use === 'observation' && use === 'observation') return;
    if (prior) {
      throw new DataError(
        file,
        entry,
        `the number "${m.text}" is already accounted for by ${prior.usedBy ?? `a not_statistics entry (${prior.reason?.en})`}`,
        'use each number once: remove one of the two entries',
      );
    }
    this.claims.set(m.start, { use, usedBy, reason });
  }

  /** Mention rows for publication, and the statistic-like mentions nobody accounted for. */
  rows(): { rows: MentionRow[]; unaccounted: Mention[] } {
    const rows: MentionRow[] = [];
    const unaccounted: Mention[] = [];
    for (const m of this.mentions) {
      let claim = this.claims.get(m.start);
      if (!claim && !ACCOUNTED_KINDS.includes(m.kind))
        claim = {
          use: 'not_statistic_kind',
          usedBy: null,
          reason: { en: `${m.kind}, not a statistic`, zh: `${KIND_ZH[m.kind] ?? m.kind}，不是统计数` },
        };
      if (!claim) {
        unaccounted.push(m);
        continue;
      }
      rows.push({
        id: `${this.source.entry.id}-${m.start}`,
        document_id: this.source.entry.id,
        start: m.start,
        end: m.end,
        text: m.text,
        kind: m.kind,
        value: m.value,
        low: m.low ?? null,
        high: m.high ?? null,
        unit: m.unit,
        qualifier: m.qualifier,
        use: claim.use,
        used_by: claim.usedBy,
        reason: claim.reason?.en ?? '',
        reason_zh: claim.reason?.zh ?? '',
      });
    }
    return { rows, unaccounted };
  }
}
