// Chinese text similarity without a model: words from the ICU segmenter in Node, plus character bigrams so that
// compounds the segmenter splits differently still meet, ranked with Okapi BM25.
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN_OR_WORD = /[\p{Script=Han}\p{L}]/u;

/** The terms of a text: segmenter words and Han character bigrams; digits and punctuation carry no topic. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(text)) {
    if (!s.isWordLike || !HAN_OR_WORD.test(s.segment)) continue;
    out.push(`w:${s.segment}`);
  }
  const han = text.replace(/[^\p{Script=Han}]+/gu, ' ');
  for (const run of han.split(' ')) for (let i = 0; i + 1 < run.length; i++) out.push(`b:${run.slice(i, i + 2)}`);
  return out;
}

interface Doc {
  counts: Map<string, number>;
  length: number;
}

/** A BM25 index over a fixed list of texts; `score` ranks them all against a query. */
export class Bm25 {
  private readonly docs: Doc[];
  private readonly df = new Map<string, number>();
  private readonly avgLength: number;
  private readonly k1 = 1.2;
  private readonly b = 0.75;

  constructor(texts: readonly string[]) {
    this.docs = texts.map((t) => {
      const counts = new Map<string, number>();
      const ts = terms(t);
      for (const term of ts) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const term of counts.keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1);
      return { counts, length: ts.length };
    });
    this.avgLength = this.docs.reduce((s, d) => s + d.length, 0) / Math.max(1, this.docs.length);
  }

  private idf(term: string): number {
    const n = this.df.get(term) ?? 0;
    return Math.log(1 + (this.docs.length - n + 0.5) / (n + 0.5));
  }

  /** The BM25 score of every text against the query, in the order the texts were given. */
  score(query: string): number[] {
    const q = [...new Set(terms(query))];
    return this.docs.map((d) => {
      let s = 0;
      for (const term of q) {
        const f = d.counts.get(term);
        if (!f) continue;
        s += (this.idf(term) * f * (this.k1 + 1)) / (f + this.k1 * (1 - this.b + (this.b * d.length) / this.avgLength));
      }
      return s;
    });
  }
}

/** Round a score so that drafts are byte-identical across runs and machines. */
export function roundScore(x: number): number {
  return Math.round(x * 1000) / 1000;
}
