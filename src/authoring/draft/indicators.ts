// Which catalogue indicator a figure is a value of, if any. An indicator is a candidate only where it counts what the
// figure counts: the same unit; a change (同比增长率) only for a change, of the figure it follows; the same flow or
// stock where the figure's words say which; the same kind of right (发明专利 is not 专利, though 知识产权 covers every
// kind); its actions (授权, 立案, 结案 …), objects (纠纷, 工作站 …) and narrowing words (有效, 高价值, 法院 …) all in
// the figure's words, and none of the figure's own actions or narrowing words missing from it. Among those, BM25 of
// the figure's words against each indicator's name, definition and the passages already filed under it ranks them;
// the best is taken at or above FIT, else the draft proposes a new indicator.
import { sameCount } from '../../pipeline/extract/index.ts';
import type { Corpus, IndicatorEntry } from './corpus.ts';
import type { FlowStock } from './periods.ts';
import { Bm25, roundScore } from './similarity.ts';
import { Glossary, GENERIC_ACTIONS, narrowing, rightOf, type Terms } from './terms.ts';

/** An indicator the draft shows a curator: what it is called and means, not a bare id. */
export interface Candidate {
  id: string;
  name_zh: string;
  definition_zh: string;
  score: number;
}

/** A figure as the matcher sees it: its unit, kind of count and the words around it. */
export interface Figure {
  unit: string | null;
  percent: boolean;
  /** A change on the year before (同比, 较上年, 增长8.7%). */
  growth: boolean;
  /** Flow or stock, where the words of its clause say. */
  cue: FlowStock | null;
  /** Its own words: from the clause mark (or the number) before it to the number. */
  own: string;
  /** The words after it, to the clause's end: what a number before its noun counts (37家出海企业). */
  after: string;
  /** The sentence before its own words: what an elided object is (受理……案件1263件，结案1198件). */
  sentence: string;
  /** Some sixty characters before its own words. */
  wider: string;
}

/**
 * The BM25 score below which no agreeing indicator is taken (a new one is proposed instead). Tuned on half A of the
 * unseen samples (scripts/bench-draft.ts prints both halves): every value from 0 to 8 decided 122 of its 127 figures
 * right, 12 lost one and 20 lost seven; 3 lies inside that range. The agreement rules do the deciding.
 */
export const FIT = 3;

/** Container words every count of cases has: an indicator's 案件 asks nothing of the figure's words. */
const GENERIC = new Set(['案件', '知识产权']);
/** Characters that close or join a name (数, 量, 的, 和 …): no part of what it counts. */
const JOINERS = /[数量的和及与或等各类总额率次场个笔件家人项]/gu;

/** Character pairs of a run of Chinese. */
const bigrams = (run: string) => Array.from({ length: Math.max(0, run.length - 1) }, (_, i) => run.slice(i, i + 2));

function profiles(corpus: Corpus): string[] {
  const uses = new Map<string, string[]>();
  const add = (id: string, quote: string) => uses.set(id, [...(uses.get(id) ?? []), quote]);
  for (const d of corpus.docs) {
    for (const o of d.annotation.observations ?? []) add(o.indicator, o.quote);
    for (const t of d.annotation.tasks ?? []) if (t.target) add(t.target.indicator, t.target.quote);
  }
  return corpus.indicators.map((i) => [i.name_zh, i.name_zh, i.definition_zh, ...(uses.get(i.id) ?? [])].join('。'));
}

const merge = (a: Terms, b: Terms): Terms => ({
  object: [...new Set([...a.object, ...b.object])],
  action: [...new Set([...a.action, ...b.action])],
  state: [...new Set([...a.state, ...b.state])],
  modifier: [...new Set([...a.modifier, ...b.modifier])],
  scope: [...new Set([...a.scope, ...b.scope])],
  rate: [...new Set([...a.rate, ...b.rate])],
});

export class IndicatorMatcher {
  readonly glossary: Glossary;
  private readonly index: Bm25;
  private readonly indicators: readonly IndicatorEntry[];
  private readonly names: Terms[];
  /** The words of each name the glossary does not know (WIPO仲调上海中心, 互联网): three characters or more. */
  private readonly residue: string[][];
  /** The narrowing words each indicator's name or definition says (公安机关 in 侦破……刑事案件数's definition). */
  private readonly narrows: Set<string>[];

  constructor(corpus: Corpus) {
    this.indicators = corpus.indicators;
    this.index = new Bm25(profiles(corpus));
    this.glossary = new Glossary(corpus.glossary);
    this.names = corpus.indicators.map((i) => this.glossary.read(i.name_zh));
    this.narrows = corpus.indicators.map(
      (i, k) => new Set([...narrowing(this.names[k]!), ...narrowing(this.glossary.read(i.definition_zh ?? ''))]),
    );
    this.residue = corpus.indicators.map((i) => {
      let rest = i.name_zh;
      for (const f of this.glossary.find(i.name_zh)) rest = rest.replace(f.zh, ' ');
      return rest
        .replace(JOINERS, ' ')
        .split(/[^\p{Script=Han}]+/u)
        .filter((run) => run.length >= 3);
    });
  }

  /** Whether indicator `i` counts what the figure counts (see the head of this file). */
  private agrees(i: number, fig: Figure, own: Terms, around: Terms, context: string, base: string | null): boolean {
    const ind = this.indicators[i]!;
    if (!sameCount(ind.unit, fig.unit)) return false;
    if (fig.growth !== !!ind.base) return false;
    if (fig.growth) return ind.base === base;
    if (fig.cue && ind.flow_stock && ind.flow_stock !== fig.cue) return false;
    const name = this.names[i]!;
    const right = rightOf(name.object);
    if (right && right !== '知识产权' && right !== (rightOf(own.object) ?? rightOf(around.object))) return false;
    if (!name.action.every((a) => GENERIC_ACTIONS.has(a) || own.action.includes(a))) return false;
    if (!name.object.every((o) => GENERIC.has(o) || rightOf([o]) !== null || around.object.includes(o))) return false;
    const words = [...around.modifier, ...around.scope, ...around.state];
    // 侵权假冒 is said as 侵权 …… 假冒 too.
    const said = (w: string) =>
      words.includes(w) || words.some((a) => w.startsWith(a) && words.includes(w.slice(a.length)));
    if (![...name.modifier, ...narrowing(name)].every(said)) return false;
    if (narrowing(own).some((w) => !this.narrows[i]!.has(w))) return false;
    // What the name says beyond the glossary (互联网, WIPO仲调上海中心) must be said around the figure, half of it at least.
    for (const run of this.residue[i]!) {
      const pairs = bigrams(run);
      if (pairs.filter((p) => context.includes(p)).length * 2 < pairs.length) return false;
    }
    if (fig.percent && (name.rate.length > 0 || own.rate.length > 0))
      return name.rate.some((r) => own.rate.includes(r)) || own.rate.some((r) => name.rate.includes(r));
    return true;
  }

  private candidate(i: number, score: number): Candidate {
    const ind = this.indicators[i]!;
    return { id: ind.id, name_zh: ind.name_zh, definition_zh: ind.definition_zh, score: roundScore(score) };
  }

  /**
   * The indicator a figure is a value of, or null (propose a new one), with the agreeing candidates best first; where
   * none agrees, the catalogue's nearest in the same unit, for the curator to compare.
   */
  decide(fig: Figure, base: string | null): { indicator: IndicatorEntry | null; candidates: Candidate[] } {
    const near = `${fig.own}${fig.after}`;
    const a = this.index.score(near);
    const b = this.index.score(fig.wider);
    const said = this.glossary.read(fig.own);
    // 全年查处……案件97件，其中商标违法案件71件，假冒专利案件9件: a clause that names what it counts and no action of
    // its own counts what its sentence's action did (or, opening with 其中, the sentence before's); 当场处理13件 names
    // nothing it counts and keeps its own words. Only its own actions rank the candidates.
    const elided = /^\s*(?:其中|包括|含)/u.test(fig.sentence.trim() ? fig.sentence : fig.own)
      ? fig.wider
      : fig.sentence;
    const own =
      said.action.some((a) => !GENERIC_ACTIONS.has(a)) || !said.object.length
        ? said
        : { ...said, action: [...said.action, ...this.glossary.read(elided).action] };
    const context = `${fig.sentence}${fig.own}${fig.after}`;
    const around = merge(own, this.glossary.read(`${fig.sentence}${fig.after}`));
    const scored = this.indicators.map((_, i) => ({ i, score: a[i]! + 0.3 * b[i]! }));
    // Among the agreeing, those that count the figure's own actions come first (受理……案件: the 受理 one).
    const actions = said.action.filter((a) => !GENERIC_ACTIONS.has(a));
    const covered = (i: number) => actions.filter((a) => this.names[i]!.action.includes(a)).length;
    // 查处商标侵权假冒案件: the trademark indicator before the one of every right, where both agree.
    const right = rightOf(own.object);
    const specific = (i: number) => (right && right !== '知识产权' && rightOf(this.names[i]!.object) === right ? 1 : 0);
    const agreeing = scored
      .filter(({ i }) => this.agrees(i, fig, own, around, context, base))
      .map((c) => ({ ...c, covered: covered(c.i), specific: specific(c.i) }))
      .sort(
        (x, y) =>
          y.covered - x.covered ||
          y.specific - x.specific ||
          y.score - x.score ||
          this.indicators[x.i]!.id.localeCompare(this.indicators[y.i]!.id),
      );
    const best = agreeing[0];
    if (best && best.score >= FIT)
      return {
        indicator: this.indicators[best.i]!,
        candidates: agreeing.slice(0, 3).map(({ i, score }) => this.candidate(i, score)),
      };
    const nearest = scored
      .filter(({ i, score }) => sameCount(this.indicators[i]!.unit, fig.unit) && score > 0)
      .sort((x, y) => y.score - x.score || this.indicators[x.i]!.id.localeCompare(this.indicators[y.i]!.id))
      .slice(0, 3);
    return { indicator: null, candidates: nearest.map(({ i, score }) => this.candidate(i, score)) };
  }

  /** The indicators in a target's unit nearest its words, for a task's target (a curator chooses). */
  rank(unit: string | null, near: string, wider: string): Candidate[] {
    const a = this.index.score(near);
    const b = this.index.score(wider);
    return this.indicators
      .map((ind, i) => ({ i, unit: ind.unit, score: a[i]! + 0.3 * b[i]! }))
      .filter((c) => sameCount(c.unit, unit) && c.score > 0)
      .sort((x, y) => y.score - x.score || this.indicators[x.i]!.id.localeCompare(this.indicators[y.i]!.id))
      .slice(0, 3)
      .map(({ i, score }) => this.candidate(i, score));
  }
}
