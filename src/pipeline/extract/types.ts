// The extractor's mention kinds and qualifiers are the published vocabularies (src/schemas/vocab.ts), not copies.
import type { MentionKind, Qualifier } from '../../schemas/vocab.ts';

export interface Mention {
  /** Exact substring of the input: source.slice(start, end). */
  text: string;
  /** UTF-16 offsets into the input string. */
  start: number;
  end: number;
  /**
   * quantity/money/percent: the number (money in yuan, 万/亿 expanded; negative where the text says so: 下降6.0% is
   * -6, 增长-3.2% is -3.2); for a range, its lower bound; ordinal: its rank; otherwise (and for `unreadable`) null.
   */
  value: number | null;
  /** Chinese measure word (件 家 个次 …); '元' for money; '%' for percent; null when none. */
  unit: string | null;
  qualifier: Qualifier;
  kind: MentionKind;
  /** A range (3-5家, 3至5家, 三到五家, 三四家): its bounds, low < high; `value` is then `low`. */
  low?: number;
  high?: number;
  /**
   * date: '2023-03-15', '2023-06', '2023', '--06-15', '--06', or a month range '2024-01/2024-05', '--01/--06';
   * year_range: '2021/2035' or '2021/..'.
   */
  iso?: string;
}

/** A mention before its text is cut from the source. */
export type Draft = Omit<Mention, 'text'>;

/** One scanning pass: reads the working text (normalised, earlier passes masked) and proposes drafts. */
export type Scanner = (work: string) => Draft[];
