// Numbers that are not statistics, recognised by form rather than by phrase: what is being counted (a unit of time
// or of rank), where the number stands (inside a quoted name or slogan), and how it is written (a number in words
// naming a set, e.g. 三大职能).
import type { Mention } from '../../pipeline/extract/index.ts';

const DURATION_UNITS = new Set(['年', '个月', '月', '天', '日', '周', '小时', '年度', '个工作日', '工作日']);
/** A time that is measured (办理周期压缩至3-5个工作日, 平均授权周期约3个月) is a statistic, not a span. */
const MEASURED_TIME = /(?:周期|时长|用时|时限|耗时|天数|平均)[^，。；]{0,6}$/u;
const NUMBER_IN_WORDS = /^[零〇一二两三四五六七八九十百千万]+/u;

/** Why the mention is not a statistic, in Chinese and English, or null when it may be one. */
export function notStatisticReason(text: string, m: Mention, quoted: Uint8Array): { zh: string; en: string } | null {
  const r = reason(text, m, quoted);
  if (!r) return null;
  const [zh, en] = r.split(' / ');
  return { zh: zh!, en: en! };
}

function reason(text: string, m: Mention, quoted: Uint8Array): string | null {
  if (m.unit === '周年') return '周年数，纪念日而非统计数 / an anniversary, not a statistic';
  if (m.unit === '级')
    return '层级（如市、区两级；三级法院），不是统计数 / a number of tiers or levels, not a statistic';
  if (m.unit && DURATION_UNITS.has(m.unit) && !MEASURED_TIME.test(text.slice(Math.max(0, m.start - 12), m.start)))
    return '时长或期限，不是统计数 / a duration or time span, not a statistic';
  if (quoted[m.start]) return '口号或名称中的数字，不是统计数 / part of a quoted slogan or name, not a statistic';
  if (m.unit === null && /大$/u.test(m.text))
    return '“N大”类提法（如四大功能），不是统计数 / an "N major …" formula naming a set, not a statistic';
  if (NUMBER_IN_WORDS.test(m.text) && /[等”」]\s*$/u.test(text.slice(Math.max(0, m.start - 2), m.start)))
    return '概括前文所列事项的数目，不是统计数 / the number of items just listed, not a statistic';
  return null;
}
