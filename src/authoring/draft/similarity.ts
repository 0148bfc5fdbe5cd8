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

/** A BM25 index over a fixed list of texts; `score` ranks them all against a query. */
export class Bm25 {
  /** For each term, the texts holding it and how often: a query touches only the texts that share its terms. */
  private readonly postings = new Map<string, { doc: number; f: number }[]>();
  /** Each text's length normalisation, k1 * (1 - b + b * length / average). */
  private readonly norm: Float64Array;
  private readonly size: number;
  private readonly k1 = 1.2;
  private readonly b = 0.75;

  constructor(texts: readonly string[]) {
    this.size = texts.length;
    const lengths = new Float64Array(texts.length);
    texts.forEach((t, doc) => {
      const counts = new Map<string, number>();
      const ts = terms(t);
      for (const term of ts) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, f] of counts) {
        const list = this.postings.get(term);
        if (list) list.push({ doc, f });
        else this.postings.set(term, [{ doc, f }]);
      }
      lengths[doc] = ts.length;
    });
    const avg = lengths.reduce((a, n) => a + n, 0) / Math.max(1, texts.length);
    this.norm = lengths.map((n) => this.k1 * (1 - this.b + (this.b * n) / (avg || 1)));
  }

  /** The BM25 score of every text against the query, in the order the texts were given. */
  score(query: string): number[] {
    const out = new Float64Array(this.size);
    for (const term of new Set(terms(query))) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = Math.log(1 + (this.size - list.length + 0.5) / (list.length + 0.5));
      for (const { doc, f } of list) out[doc]! += (idf * f * (this.k1 + 1)) / (f + this.norm[doc]!);
    }
    return [...out];
  }
}

/** Round a score so that drafts are byte-identical across runs and machines. */
export function roundScore(x: number): number {
  return Math.round(x * 1000) / 1000;
}
