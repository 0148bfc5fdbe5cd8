// A document's own numbering read as an outline: 一、 above （一） above 1. above （1）; 第X条 as articles. A marker
// whose style breaks its sequence but continues another level's (a "2、" between 一、 and 三、) takes that level, as a
// reader would.
import { parseChineseNumber } from '../../pipeline/extract/index.ts';

export interface OutlineItem {
  level: number;
  /** The marker as printed, trimmed: "一、", "（一）", "1.". */
  marker: string;
  number: number;
  /** From the marker to the next marker at this level or above (or the end of the text). */
  start: number;
  end: number;
  /** End of the item's own first line: its heading when the item is a heading. */
  headEnd: number;
  children: OutlineItem[];
}

const MARKER =
  /^[ \t\u3000]*(([一二三四五六七八九十]+)、|[（(]([一二三四五六七八九十]+)[）)]|(\d+)[.．、](?!\d)|[（(](\d+)[）)]|第([一二三四五六七八九十百]+)条)/gmu;

function styleLevel(m: RegExpExecArray): { level: number; number: number } {
  if (m[2]) return { level: 1, number: parseChineseNumber(m[2]) ?? 0 };
  if (m[3]) return { level: 2, number: parseChineseNumber(m[3]) ?? 0 };
  if (m[4]) return { level: 3, number: Number(m[4]) };
  if (m[5]) return { level: 4, number: Number(m[5]) };
  return { level: 3, number: parseChineseNumber(m[6]!) ?? 0 };
}

export function outline(text: string): OutlineItem[] {
  const flat: OutlineItem[] = [];
  const last: (number | undefined)[] = [];
  for (const m of text.matchAll(MARKER)) {
    const { number, level: styled } = styleLevel(m as RegExpExecArray);
    let level = styled;
    if (number !== 1 && last[level] !== number - 1) {
      const other = last.findIndex((n, l) => l !== level && n === number - 1);
      if (other > 0) level = other;
    }
    last[level] = number;
    for (let l = level + 1; l < last.length; l++) last[l] = undefined;
    const start = m.index + m[0].length - m[1]!.length;
    const nl = text.indexOf('\n', start);
    flat.push({
      level,
      marker: m[1]!,
      number,
      start,
      end: text.length,
      headEnd: nl === -1 ? text.length : nl,
      children: [],
    });
  }
  const close = signOffStart(text);
  for (const item of flat) if (item.end === text.length && item.start < close) item.end = close;
  const roots: OutlineItem[] = [];
  const stack: OutlineItem[] = [];
  for (const item of flat) {
    while (stack.length && stack.at(-1)!.level >= item.level) stack.pop()!.end = item.start;
    for (const open of stack) open.end = Math.max(open.end, item.start);
    (stack.at(-1)?.children ?? roots).push(item);
    stack.push(item);
  }
  return roots;
}

/**
 * Where the closing lines begin (issuer, date, 此件公开…): the trailing paragraphs that are short and hold no
 * sentence, so that the last item does not run into the signature.
 */
function signOffStart(text: string): number {
  let end = text.length;
  for (;;) {
    const body = text.slice(0, end).trimEnd();
    const cut = Math.max(body.lastIndexOf('\n\n'), 0);
    const para = body.slice(cut).trim();
    if (!para || para.length > 40 || /[。；！？]/u.test(para) || cut === 0)
      return body.length < end ? body.length : end;
    end = cut;
  }
}

/** The items with no numbered item under them, with the chain of headings above each. */
export function leaves(
  items: readonly OutlineItem[],
  above: OutlineItem[] = [],
): { item: OutlineItem; above: OutlineItem[] }[] {
  return items.flatMap((item) => (item.children.length ? leaves(item.children, [...above, item]) : [{ item, above }]));
}
