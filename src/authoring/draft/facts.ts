// The document's own facts, read from its text as an official document lays them out: a head (issuer's header, 文号,
// title, addressee), a body, and a close (signature and date line, then 抄送 and the 印发 line). Nothing is guessed:
// a fact the text does not state is null (date) or "none" (文号), never a placeholder.
import { extractMentions, type Mention } from '../../pipeline/extract/index.ts';

export interface DocumentFacts {
  /** ISO date the text states the document was issued, or null. */
  date_issued: string | null;
  /** The verbatim passage that states it (signature and date line, or the labelled date), or null. */
  date_quote: string | null;
  /** 文号 as printed in the head (or after 文号：), or "none" where the text has none. */
  doc_number: string;
  title_zh: string | null;
  issuer_zh: string | null;
}

interface Line {
  text: string;
  start: number;
  /** A blank line stands between it and the line before. */
  afterBlank: boolean;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  let blank = true;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ text: t, start: at + lead, afterBlank: blank });
    blank = !t;
    at += raw.length + 1;
  }
  return out;
}

/** White space inside Chinese text is page layout, not spelling: 局系统 2024 年 工作要点 is 局系统2024年工作要点. */
const tidy = (s: string) => s.replace(/\s+/gu, ' ').replace(/(?<=[^\x20-\x7e]|\d) (?=[^\x20-\x7e]|\d)/gu, '');

/** Names of bodies end so: 局, 委员会, 人民政府, 办公室, 厅, 院, 中心 … */
const BODY = /(?:局|委员会|委|政府|办公室|办公厅|厅|院|中心|部|会|署|协会|小组|所)$/u;
/** Words a document's title ends with (or holds, for a white paper's 状况 and 白皮书). */
const GENRE =
  /(?:通知|方案|要点|意见|答复|报告|总结|白皮书|状况|计划|规划|办法|决定|函|公告|通报|纲要|细则|规定|措施|情况)[）)]?(?:【[^】]{1,12}】|[（(][^）)]{1,12}[）)])?$/u;
const NUMBER =
  '[\\p{Script=Han}A-Za-z]{1,16}[〔［\\[【(（]\\s{0,2}\\d{4}\\s{0,2}[〕］\\]】)）]\\s{0,2}第?\\s{0,2}\\d+\\s{0,2}号';
const NUMBER_LINE = new RegExp(`^(${NUMBER})(?:\\s+签发人.*)?$`, 'u');
const NUMBER_LABELLED = new RegExp(`文\\s{0,2}号\\s{0,2}[：:]\\s{0,4}(${NUMBER})`, 'u');
const DATE_LABEL = /(?:发布|印发|成文|签发)?(?:时间|日期)\s{0,2}[：:]\s{0,4}$/u;
const ISSUED_DATE = /^\d{4}-\d{2}-\d{2}$/u;
/** A line of metadata from a web page or a register (办理结果：…, 公开属性：…). */
const FIELD = /^[\p{Script=Han}]{2,8}[：:]/u;

/** The head: the lines before the addressee (…：) or the first paragraph of running text. */
function head(all: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const l of all) {
    // The addressee (各区知识产权局：) ends the head; a page header (时间：… 来源：… 浏览次数：) does not.
    if (/[：:]$/u.test(l.text) && (l.text.match(/[：:]/gu) ?? []).length === 1) break;
    if (l.text.length > 60 || /[。；]/u.test(l.text)) break;
    out.push(l);
  }
  return out;
}

function docNumber(text: string, top: readonly Line[]): string {
  for (const l of top) {
    const m = NUMBER_LINE.exec(l.text);
    if (m) return tidy(m[1]!);
  }
  const labelled = NUMBER_LABELLED.exec(text);
  return labelled ? tidy(labelled[1]!) : 'none';
}

const isDate = (m: Mention) => m.kind === 'date' && m.iso !== undefined && ISSUED_DATE.test(m.iso);

/**
 * The date issued: a labelled date (时间：2024-04-22, 成文日期：…) or else the first line that is a date alone (with
 * the signature, or 印发, beside it): the signature's date comes before the 印发 line's, and a date inside a sentence
 * (于2024年1月18日召开) dates an event, not the document.
 */
function dateIssued(
  text: string,
  all: readonly Line[],
  dates: readonly Mention[],
): Pick<DocumentFacts, 'date_issued' | 'date_quote'> & { line: number } {
  for (const d of dates) {
    const label = DATE_LABEL.exec(text.slice(Math.max(0, d.start - 12), d.start));
    if (label)
      return { date_issued: d.iso!, date_quote: text.slice(d.start - label[0].length, d.end).trim(), line: -1 };
  }
  let di = 0;
  for (let i = 0; i < all.length; i++) {
    const l = all[i]!;
    const end = l.start + l.text.length;
    while (di < dates.length && dates[di]!.start < l.start) di++;
    const d = dates[di];
    if (!d || d.end > end) continue;
    const before = tidy(text.slice(l.start, d.start));
    const after = tidy(text.slice(d.end, end));
    if (!/^(?:印发|发布|制发)?$/u.test(after)) continue;
    if (before && !BODY.test(before)) continue;
    const printed = after !== '';
    const prev = all[i - 1];
    const signature = !before && !printed && prev && prev.text.length <= 30 && BODY.test(tidy(prev.text)) ? prev : null;
    const quote = signature ? `${signature.text} ${l.text}` : l.text;
    return { date_issued: d.iso!, date_quote: quote, line: i };
  }
  return { date_issued: null, date_quote: null, line: -1 };
}

/** The line after the head that prints `title` as a heading of its own, or null. */
function headingOf(all: readonly Line[], title: string): string | null {
  const line = all.find(
    (l) => l.text.length <= title.length + 14 && tidy(l.text).startsWith(title) && !/[。；，]/u.test(l.text),
  );
  return line ? tidy(line.text) : null;
}

/** The issued document's title: a covering notice (关于印发《X》的通知, 现将《X》印发) stands for X. */
function titleOf(text: string, top: readonly Line[], heading?: readonly Line[]): string | null {
  const at = top.findIndex((l) => GENRE.test(tidy(l.text)) || /^关于/u.test(l.text) || /关于.*的/u.test(l.text));
  if (at === -1) return null;
  // A heading wrapped over lines: the lines just above it with no blank between (not a header or a 文号).
  let first = at;
  while (
    first > 0 &&
    !top[first]!.afterBlank &&
    !NUMBER_LINE.test(top[first - 1]!.text) &&
    !/文件$/u.test(top[first - 1]!.text) &&
    !FIELD.test(top[first - 1]!.text)
  )
    first--;
  let title = top
    .slice(first, at + 1)
    .map((l) => l.text)
    .join('');
  for (const next of top.slice(at + 1)) {
    if (GENRE.test(tidy(title)) || NUMBER_LINE.test(next.text) || next.text.length > 40) break;
    title = `${title}${next.text}`;
  }
  if (/[（(]白皮书[)）]$/u.test(top[at + 1]?.text ?? '') && !/白皮书/u.test(title)) title += top[at + 1]!.text;
  title = tidy(title);
  if (/(?:印发|批转|转发)/u.test(title)) {
    const named =
      /《([^》]{2,80})》/u.exec(title) ??
      /(?:印发|批转|转发)[^。]{0,40}?《([^》]{2,80})》|《([^》]{2,80})》[^。]{0,12}(?:印发|批转|转发)/u.exec(text);
    const inner = named?.[1] ?? named?.[2];
    // The enclosed document's own heading, further on, as it prints it (with any note after it, 【…】).
    if (inner) return headingOf(heading ?? [], tidy(inner)) ?? tidy(inner);
  }
  return title;
}

/** A page header's source or issuer field: 来源：成都市知识产权局, 发文机关：…. */
const SOURCE_FIELD = /(?:来源|发布机构|发文机关|发文单位)\s{0,2}[：:]\s{0,2}([\p{Script=Han}（）()]{2,30}?)(?=\s|$)/u;

/**
 * The issuer: the header (上海市知识产权局文件, or the body's name on a line of its own), else a page header's 来源, else
 * the signature above the date line, else a body's name closing the text, else the title's words before 关于.
 */
function issuerOf(top: readonly Line[], all: readonly Line[], dateLine: number, title: string | null): string | null {
  for (const l of top) {
    const t = tidy(l.text);
    if (NUMBER_LINE.test(l.text) || FIELD.test(t)) continue;
    const header = /^(.{2,30}?)文件$/u.exec(t);
    if (header) return header[1]!;
    if (t.length <= 30 && BODY.test(t)) return t;
  }
  for (const l of top) {
    const source = SOURCE_FIELD.exec(l.text);
    if (source && BODY.test(source[1]!)) return source[1]!;
  }
  const short = (l: Line | undefined) => {
    const t = l ? tidy(l.text) : '';
    return t.length <= 30 && BODY.test(t) && !FIELD.test(t) ? t : null;
  };
  const signature = (dateLine > 0 ? short(all[dateLine - 1]) : null) ?? short(all.at(-1));
  if (signature) return signature;
  const before = title ? /^(.{2,30}?)关于/u.exec(title) : null;
  return before ? before[1]! : null;
}

export function documentFacts(text: string, mentions: readonly Mention[] = extractMentions(text)): DocumentFacts {
  const all = lines(text);
  const top = head(all);
  const date = dateIssued(text, all, mentions.filter(isDate));
  const title = titleOf(text, top, all.slice(top.length));
  return {
    date_issued: date.date_issued,
    date_quote: date.date_quote,
    doc_number: docNumber(text, top),
    title_zh: title,
    issuer_zh: issuerOf(top, all, date.line, title),
  };
}
