// The text a reader sees on a built page, block by block, with what is marked as in the other language (names,
// quotes: an element whose `lang` differs from the page's; and document numbers) and the documents' own words (a
// blockquote, a source's text) replaced by one placeholder, so the
// words around it can still be checked for spacing. <code> and <pre> hold identifiers and raw values, not prose.
import { parseHTML } from 'linkedom';

export const FOREIGN = '§';

/** Elements that flow inside a line: their text joins the text around them with no break. */
const INLINE = new Set(
  'a abbr b bdi bdo cite code data dfn em i kbd mark q s samp small span strong sub sup time u var wbr label'.split(
    ' ',
  ),
);
// An SVG's <title> and <desc> are its accessible name, not text on the page.
const SKIP = new Set(['script', 'style', 'template', 'head', 'code', 'pre', 'title', 'desc']);
/** A document number (沪知局函〔2023〕54号) is a name in every language. */
const DOC_NUMBER = /[\u4e00-\u9fff]+\s*〔\s*\d{4}\s*〕\s*\d+\s*号/gu;

export interface PageText {
  /** The page's language ('zh' or 'en'), from <html lang>. */
  locale: 'zh' | 'en';
  /** Blocks of running text, whitespace collapsed. */
  blocks: string[];
}

function langOf(tag: string): 'zh' | 'en' {
  return tag.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function pageText(html: string): PageText {
  const { document } = parseHTML(html);
  const locale = langOf(document.documentElement.getAttribute('lang') ?? 'en');
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(DOC_NUMBER, FOREIGN).replace(/\s+/gu, ' ').trim();
    if (text) blocks.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        current += child.textContent ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toLowerCase();
      if (SKIP.has(tag)) {
        if (tag === 'code') current += FOREIGN;
        continue;
      }
      const lang = el.getAttribute('lang');
      // data-verbatim: values shown exactly as a dataset holds them (example rows) and addresses, in any language;
      // a blockquote and a source's text are the documents' own words, whatever their punctuation.
      const quoted = tag === 'blockquote' || el.classList.contains('source-text');
      if ((lang && langOf(lang) !== locale) || el.hasAttribute('data-verbatim') || quoted) {
        current += FOREIGN;
        continue;
      }
      // A chart label wrapped over lines is one label: its lines join with a space.
      if (tag === 'tspan') current += ' ';
      const inline = INLINE.has(tag) || tag === 'tspan';
      if (!inline) flush();
      walk(el);
      if (!inline) flush();
    }
  };
  walk(document.body);
  flush();
  return { locale, blocks };
}
