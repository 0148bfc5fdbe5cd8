// What a phrase counts, read with the glossary of the field (data/glossary.json): its objects (专利, 商标, 纠纷, 案件,
// 工作站 …), actions (授权, 申请, 立案, 结案, 查处, 调解 …), states (有效), modifiers (侵权, 高价值, PCT国际 …), scopes
// (法院, 海关, 每万人口) and rate (结案率, 成功率), each term found once, longest first (发明专利 is not also 专利).

export type Role = 'object' | 'action' | 'state' | 'modifier' | 'scope' | 'rate' | 'suffix' | 'unit';

export interface GlossaryTerm {
  zh: string;
  en: string;
  role: Role;
  en_compound?: string;
}

export interface Terms {
  object: string[];
  action: string[];
  state: string[];
  modifier: string[];
  scope: string[];
  rate: string[];
}

const ROLES = ['object', 'action', 'state', 'modifier', 'scope', 'rate'] as const;

/**
 * Actions that count the same thing under two words: a case is 受理 (accepted) when it is 立案 (filed); 结案, 办结 and
 * 审结 all close it; 注册 and 核准注册 register a mark. General usage of the field, not any one document's.
 */
const SAME_ACTION: Readonly<Record<string, string>> = {
  立案: '受理',
  办结: '结案',
  审结: '结案',
  核准注册: '注册',
};

/** The kind of right an object names; 知识产权 is every kind, so a figure of any kind fits an indicator of it. */
const RIGHTS =
  /^(?:知识产权|专利|专利权|发明专利|实用新型(?:专利)?|外观设计(?:专利)?|商标|商标权|注册商标|证明商标|集体商标|作品|著作权|版权|计算机软件著作权|计算机软件|地理标志(?:产品|专用标志)?|植物新品种权?|集成电路布图设计|商业秘密)$/u;
const ALIKE: Readonly<Record<string, string>> = {
  专利权: '专利',
  商标权: '商标',
  注册商标: '商标',
  版权: '著作权',
  作品: '著作权',
  植物新品种权: '植物新品种',
  实用新型: '实用新型专利',
  外观设计: '外观设计专利',
};

/** Modifiers and scopes that narrow what is counted: a figure with one is not a figure of an indicator without it. */
const NARROWING = new Set([
  '高价值',
  'PCT国际',
  '马德里',
  '国家级',
  '刑事',
  '每万人口',
  '法院',
  '海关',
  '公安机关',
  '有效',
]);

/**
 * Words the glossary does not list that write one of its terms another way: 查办 is 查处, a 知识产权法庭 is a court.
 * General usage, read as the term they stand for.
 */
const ALIASES: readonly { zh: string; as: string; role: Role }[] = [
  { zh: '查办', as: '查处', role: 'action' },
  { zh: '法庭', as: '法院', role: 'scope' },
];

/**
 * Actions that say when, how long or that work was done, not what is counted: a figure's 新增, 累计, 举办 or 办理 does
 * not make it another indicator's, and an indicator that names one does not ask it of the figure.
 */
export const GENERIC_ACTIONS = new Set([
  '新增',
  '累计',
  '拥有',
  '举办',
  '开展',
  '办理',
  '参加',
  '备案',
  '认定',
  '建成',
  '设立',
]);

export class Glossary {
  readonly terms: readonly GlossaryTerm[];
  /** Every role of each Chinese term (调解 is an object and an action). */
  private readonly roles = new Map<string, GlossaryTerm[]>();
  private readonly words: string[];

  constructor(terms: readonly GlossaryTerm[]) {
    this.terms = terms;
    for (const t of terms) if (t.role !== 'unit') this.roles.set(t.zh, [...(this.roles.get(t.zh) ?? []), t]);
    this.words = [...this.roles.keys()].sort((a, b) => b.length - a.length);
  }

  /** The term as the given role, or its first role. */
  term(zh: string, role?: Role): GlossaryTerm | undefined {
    const all = this.roles.get(zh) ?? [];
    return all.find((t) => t.role === role) ?? all[0];
  }

  /** Each glossary word of the text, longest first, none inside another, in text order. */
  find(text: string): { zh: string; at: number; roles: Role[] }[] {
    const taken = new Uint8Array(text.length);
    const out: { zh: string; at: number; roles: Role[] }[] = [];
    for (const zh of this.words) {
      for (let at = text.indexOf(zh); at !== -1; at = text.indexOf(zh, at + zh.length)) {
        if (taken.subarray(at, at + zh.length).some((x) => x)) continue;
        taken.fill(1, at, at + zh.length);
        out.push({ zh, at, roles: this.roles.get(zh)!.map((t) => t.role) });
      }
    }
    return out.sort((a, b) => a.at - b.at);
  }

  read(text: string): Terms {
    const out: Terms = { object: [], action: [], state: [], modifier: [], scope: [], rate: [] };
    for (const a of ALIASES)
      if (text.includes(a.zh)) {
        const r = a.role as (typeof ROLES)[number];
        if (!out[r].includes(a.as)) out[r].push(a.as);
      }
    for (const { zh, roles } of this.find(text))
      for (const role of roles) {
        if (!(ROLES as readonly string[]).includes(role)) continue;
        const r = role as (typeof ROLES)[number];
        const w = r === 'action' ? (SAME_ACTION[zh] ?? zh) : zh;
        if (!out[r].includes(w)) out[r].push(w);
      }
    return out;
  }
}

/**
 * The kind of right the objects name: the most specific (发明专利 over 专利); 知识产权 where they name two kinds
 * (商标侵权和假冒专利案件: every kind) or only 知识产权; null where they name none.
 */
export function rightOf(objects: readonly string[]): string | null {
  const rights = [...new Set(objects.filter((o) => RIGHTS.test(o)).map((o) => ALIKE[o] ?? o))];
  const specific = rights
    .filter((r) => r !== '知识产权')
    .sort((a, b) => b.length - a.length)
    .filter((r, i, all) => !all.slice(0, i).some((longer) => longer.includes(r)));
  if (specific.length === 1) return specific[0]!;
  return rights.length ? '知识产权' : null;
}

/** The narrowing words among a phrase's terms (高价值, 海外, 有效, 法院 …). */
export function narrowing(t: Terms): string[] {
  return [...t.modifier, ...t.scope, ...t.state].filter((w) => NARROWING.has(w));
}
