/**
 * Extractor of numeric mentions in Chinese official documents.
 *
 * extractMentions(text) finds every number (Arabic, full-width or Chinese numerals) with its
 * unit and qualifier and classifies it: statistics (quantity, money, percent) versus dates, year
 * ranges, ordinals, references and contact details. See extract.ts for the pass order and each
 * scan-*.ts for the forms read and the decisions taken on ambiguous cases. In short:
 * - 一 + measure word is the article "a": 一批, 一个, 一张网, 一件事 → nothing; durations 一年,
 *   一个月 → quantity 1. Chinese numerals without a measure word (一体化, 千企百城) → nothing.
 * - 五个中心 → quantity 5 个; 四大功能 → quantity 4, unit null; 三级法院 → 3 级; 十二省市 → 12 省市.
 * - “十四五” → reference 十四五 (quotes excluded); “1+1+X”, G60, “500强”, 〔2023〕4号, 第0994号 → reference.
 * - list markers 1. / 2、 / 一、 (line start), （一） (3), 一是 → ordinal, unit null, punctuation kept.
 * - 6月15日 → date iso '--06-15'; 截至6月 → date '6月' iso '--06'; 今年2月 → date iso '--02'.
 * - 2021年至今 → year_range iso '2021/..'.
 * - 30周年 → quantity 30 周年; 届 and 第N次 → ordinal; 党的二十大, 二中全会 → ordinal.
 */
export type { Mention } from './types.ts';
export type { MentionKind, Qualifier } from '../../schemas/vocab.ts';
export { extractMentions } from './extract.ts';
export { parseChineseNumber } from './numerals.ts';
export { sameCount } from './units.ts';
