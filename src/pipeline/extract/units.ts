/** Measure words (量词) and currencies. */

/** Counted units kept in `unit`. Longer words first so 个次 wins over 个. */
const QUANTITY_UNITS = [
  '个百分点',
  '平方公里',
  '平方米',
  '个次',
  '家次',
  '人次',
  '件次',
  '场次',
  '批次',
  '户次',
  '项次',
  '个工作日',
  '工作日',
  '个月',
  '周年',
  '小时',
  '分钟',
  '公里',
  '公斤',
  '省市',
  '件',
  '家',
  '人',
  '笔',
  '场',
  '起',
  '个',
  '次',
  '批',
  '项',
  '条',
  '名',
  '届',
  '年',
  '天',
  '周',
  '所',
  '座',
  '部',
  '份',
  '张',
  '位',
  '户',
  '台',
  '套',
  '种',
  '类',
  '支',
  '只',
  '处',
  '期',
  '轮',
  '倍',
  '级',
  '省',
  '例',
  '宗',
  '篇',
  '本',
  '册',
  '吨',
  '米',
  '岁',
  '组',
  '款',
];

/** Currencies: kind money. 元 is yuan. */
/**
 * Measure words that count the same thing, each group one unit: 名 and 人 both count people (调解员12名 is 12 人),
 * 个 and 家 both count bodies (工作站22个 is 22 家), 起 and 件 both count cases (案件5起 is 5 件). A figure may be filed
 * under an indicator in another word of its group; the indicator's own word is what is published.
 */
const SAME_COUNT: readonly (readonly string[])[] = [
  ['人', '名'],
  ['家', '个'],
  ['件', '起'],
];

/** Whether two units count the same thing: equal, or measure words of one group (SAME_COUNT). */
export function sameCount(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return SAME_COUNT.some((group) => group.includes(a) && group.includes(b));
}

export const MONEY_UNITS: ReadonlySet<string> = new Set(['元', '美元', '欧元']);

/**
 * 大 in 四大功能 / 三大职能 ("four major functions"): counted, but not a measure word, so the
 * mention gets unit null.
 */
export const PSEUDO_UNIT = '大';

/** Units of time: 一年, 一个月 are real durations, unlike 一批, 一个 ("a batch", "a"). */
export const DURATION_UNITS: ReadonlySet<string> = new Set([
  '年',
  '个月',
  '天',
  '周',
  '小时',
  '分钟',
  '个工作日',
  '工作日',
]);

/** Measure words that make 第N an ordinal. */
export const ORDINAL_UNITS = [
  '部分',
  '阶段',
  '年度',
  '届',
  '次',
  '批',
  '个',
  '项',
  '条',
  '款',
  '章',
  '节',
  '期',
  '名',
  '位',
  '轮',
  '季',
  '年',
  '天',
  '周',
  '家',
  '件',
  '场',
  '篇',
  '卷',
  '集',
  '层',
  '级',
  '类',
  '种',
  '站',
  '课',
];

/** Lets a PDF line break fall inside a multi-character word: 个\n\n百分点. */
export function spaced(word: string): string {
  return [...word].join('\\s{0,6}');
}

function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => (w === '人' ? '人(?!民币)' : spaced(w)))
    .join('|');
}

/** The unit as written, without the whitespace a line break left inside it. */
export function unitWord(written: string): string {
  return written.replace(/\s+/g, '');
}

/** Regex alternation of every unit the quantity scanner accepts (money, measure words, 大). */
export const UNIT_ALT = alternation([...MONEY_UNITS, ...QUANTITY_UNITS, PSEUDO_UNIT]);
export const ORDINAL_UNIT_ALT = alternation(ORDINAL_UNITS);
