// Themes for drafted tasks: BM25 of the task's text against each theme's name and definition and the tasks already
// filed under it; the best, and any scoring within a third of it, up to three.
import type { Corpus } from './corpus.ts';
import { Bm25, roundScore } from './similarity.ts';

const MAX = 3;
const CLOSE = 2 / 3;

export class ThemeMatcher {
  private readonly index: Bm25;
  private readonly ids: string[];

  constructor(corpus: Corpus) {
    const uses = new Map<string, string[]>();
    for (const d of corpus.docs)
      for (const t of d.annotation.tasks ?? [])
        for (const th of t.themes ?? []) uses.set(th, [...(uses.get(th) ?? []), t.summary_zh]);
    this.ids = corpus.themes.map((t) => t.id);
    this.index = new Bm25(corpus.themes.map((t) => [t.name_zh, t.definition_zh, ...(uses.get(t.id) ?? [])].join('。')));
  }

  get empty(): boolean {
    return this.ids.length === 0;
  }

  rank(text: string): { themes: string[]; theme_candidates: { id: string; score: number }[] } {
    const ranked = this.index
      .score(text)
      .map((score, i) => ({ id: this.ids[i]!, score: roundScore(score) }))
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, MAX);
    const best = ranked[0]?.score ?? 0;
    return { themes: ranked.filter((c) => c.score >= best * CLOSE).map((c) => c.id), theme_candidates: ranked };
  }
}
