// A new indicator named from the document's own words: the phrase the number measures (专利授权量, 新建知识产权保护
// 工作站数, 集中检查的重点电商平台数), with its English from the glossary's terms. Nothing is named from a list of
// phrases: the words are the text's, the patterns those of Chinese statistical writing.
import type { Figure } from './indicators.ts';
import type { Glossary, GlossaryTerm } from './terms.ts';
import { FLOW_CUE } from './words.ts';

/** Words that open a clause without naming what is counted: time, place-wide scope, connectives, 累计, 已. */
const LEAD =
  /^(?:其中|此外|另外|同时|并且?|还|另|全年|当年|上半年|下半年|今年以来|今年|去年|本年|年内|\d{1,2}(?:[-—~～至]\d{1,2})?月份?|至\d{4}年|全市|全区|全县|全省|全国|本市|本区|辖区内?|区内|市内|累计|共计|合计|总计|共|已经|已|均|分别|为|对|向|在|从|经|通过|以|由|其|我局|我市|我区|同期|较上年|同比|截至\S{0,8}?(?:底|末|目前)|\d{4}年)/u;
/** A name already closed by what it measures: 授权量, 站数, 结案率, 金额, 罚没款, 人次 … */
const CLOSED = /(?:量|数|率|比重|占比|额|款|费|人次|次数|场次|个次|周期|时长|期限|天数)$/u;
const SUFFIX: Readonly<Record<string, string>> = {
  '%': '占比',
  元: '金额',
  次: '次数',
  人次: '人次',
  场: '场次',
  场次: '场次',
  个次: '个次',
  家次: '家次',
  笔: '笔数',
  户次: '户次',
  份: '份数',
  册: '册数',
  条: '条数',
};

function strip(phrase: string): string {
  let p = phrase.replace(/[\s“”"'（）()《》、]/gu, '').replace(/[约近超过逾余多]+$/u, '');
  for (let prev = ''; prev !== p;) {
    prev = p;
    p = p.replace(LEAD, '');
    // 在智慧e谷、物联网产业园等园区新建……: a place before the verb is where, not what.
    if (p.startsWith('在') || /^[^，]{0,20}等(?:园区|地区|领域|区域)/u.test(p)) {
      const verb = FLOW_CUE.exec(p);
      if (verb && verb.index > 0) p = p.slice(verb.index);
    }
  }
  // 见面率、满意率均达100%: the verb and the adverbs before it (均, 分别, 已) are not part of the name; 行为 is a noun.
  return p.replace(/(?:均|都|分别|全部|已经?|仍|达到?|(?<!行)为|是|至|共|约|近|超过|突破|逾)+$/u, '');
}

function closeName(phrase: string, unit: string | null, rate: boolean): string {
  if (CLOSED.test(phrase)) return phrase;
  if (unit === '%' && rate) return phrase;
  return `${phrase}${SUFFIX[unit ?? ''] ?? '数'}`;
}

/**
 * The English of a Chinese name, term by term from the glossary: objects before the counted one as compounds, the
 * counted one in the plural with an action before it as a participle after it (查处……案件数: cases investigated), an
 * action after it as a noun (专利授权量: patent grants); a relative clause (……的出海企业数) is left to the curator.
 * The Chinese it has no term for is returned apart.
 */
export function englishName(glossary: Glossary, zh: string): { name_en: string; untranslated_zh: string[] } {
  const of = zh.lastIndexOf('的');
  const counted = of === -1 ? zh : zh.slice(of + 1);
  const found = glossary.find(counted);
  const untranslated: string[] = of === -1 ? [] : [zh.slice(0, of + 1)];
  let at = 0;
  for (const f of found) {
    const gap = counted.slice(at, f.at);
    if (/\p{Script=Han}/u.test(gap)) untranslated.push(gap);
    at = f.at + f.zh.length;
  }
  const tail = counted.slice(at);
  if (/\p{Script=Han}/u.test(tail)) untranslated.push(tail);
  const terms = found.map((f) => glossary.term(f.zh, f.roles.includes('object') ? 'object' : undefined)!);
  const last = terms.map((t) => t.role).lastIndexOf('object');
  const word = (t: GlossaryTerm) => t.en_compound ?? t.en;
  const head: string[] = [];
  const back: string[] = [];
  terms.forEach((t, i) => {
    if (t.role === 'scope' || t.role === 'rate' || t.role === 'suffix') {
      if (t.en) back.push(t.en);
    } else if (t.role === 'action') {
      if (last === -1 || i > last) head.push(word(t));
      else back.unshift(t.en);
    } else if (t.role === 'object')
      head.push(i === last && !terms.slice(i + 1).some((x) => x.role === 'action') ? t.en : word(t));
    else head.push(t.en);
  });
  // A change is named as the catalogue names one: "<base>, change on the previous year".
  const change = back.findIndex((w) => w.startsWith('change'));
  const main = [...head, ...back.filter((_, i) => i !== change)].join(' ').replace(/\s+/gu, ' ').trim();
  const en = change === -1 ? main : `${main}, ${back[change]}`;
  return { name_en: en ? en.charAt(0).toUpperCase() + en.slice(1) : '', untranslated_zh: untranslated };
}

/** What a figure's own words name, kept for the figures after it: a change's base, an elided object. */
export interface Named {
  /** Its own words, stripped of time, scope and connectives. */
  phrase: string;
  /** The name those words give it. */
  name: string;
}

/** The object a phrase names, without the action before it: 受理专利侵权纠纷行政裁决案件 → 专利侵权纠纷行政裁决案件. */
function objectOf(glossary: Glossary, phrase: string): string {
  const found = glossary.find(phrase);
  const last = found.filter((f) => f.roles.includes('object')).at(-1);
  if (!last) return '';
  let start = 0;
  for (const f of found)
    if (f.at === start && f.roles.includes('action') && !f.roles.includes('object')) start += f.zh.length;
  return phrase.slice(start, last.at + last.zh.length);
}

/**
 * What a sentence's first clause is about, past its time and scope words and a verb of up to four characters: the run
 * of objects it opens with (实现知识产权质押融资金额… → 知识产权质押融资; 新增专利开放许可声明… → 专利开放许可).
 */
function subjectOf(glossary: Glossary, sentence: string): string {
  const s = strip(sentence.replace(/[，,：:].*$/su, ''));
  const found = glossary.find(s);
  const from = found.find((f) => f.roles.includes('object'));
  if (!from || from.at > 4) return '';
  let end = from.at;
  let subject = '';
  for (const f of found.filter((x) => x.at >= from.at)) {
    if (f.at !== end || !(f.roles.includes('object') || f.roles.includes('modifier'))) break;
    end = f.at + f.zh.length;
    if (f.roles.includes('object')) subject = s.slice(from.at, end);
  }
  return subject;
}

/**
 * The name of a new indicator for a figure: a change is its base's change (<base name>同比增长率); a number before its
 * noun counts the noun (为37家出海企业开展风险排查 → 开展风险排查的出海企业数); a bare action or rate takes the object of
 * the figure before it (……案件158件，结案率94.3% → ……案件结案率); otherwise the figure's own words, closed by its unit.
 */
export function nameFigure(glossary: Glossary, fig: Figure, previous: Named | null): Named {
  const own = strip(fig.own);
  if (fig.growth) return { phrase: own, name: `${(previous?.name ?? own).replace(/同比增长率$/u, '')}同比增长率` };
  const terms = glossary.read(own);
  const noun = fig.after.replace(/[，。；、\s].*$/u, '');
  if (noun && /^\p{Script=Han}/u.test(noun) && terms.object.length === 0 && !fig.percent) {
    const cut = noun.indexOf('的');
    const objects = glossary.find(noun).filter((f) => f.roles.includes('object'));
    const end = cut > 0 ? cut : objects.length ? objects[0]!.at + objects[0]!.zh.length : noun.length;
    const rest = noun.slice(cut > 0 ? cut + 1 : end);
    const counted = noun.slice(0, end);
    return { phrase: counted, name: closeName(rest ? `${rest}的${counted}` : counted, fig.unit, false) };
  }
  let phrase = own;
  // 知识产权质押融资登记金额……亿元，惠及企业2935家: a clause that opens with a verb the glossary does not know has the
  // sentence's subject for its own (a topic and its comment), and is named with it.
  const subject = subjectOf(glossary, fig.sentence);
  const first = glossary.find(own)[0];
  if (subject && own && first && first.at > 0 && !own.includes(subject)) phrase = `${subject}${own}`;
  else if (terms.object.length === 0 && previous) phrase = `${objectOf(glossary, previous.phrase)}${phrase}`;
  return { phrase, name: closeName(phrase, fig.unit, terms.rate.length > 0 || /率$/u.test(phrase)) };
}
