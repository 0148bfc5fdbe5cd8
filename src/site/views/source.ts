// A source page and the sources index: the document, its full text marked up, and the figures taken from it.
import { createHash } from 'node:crypto';
import { HTML_LANG, type Locale } from '../../shared/locales.ts';
import { ui } from '../words/ui.ts';
import { isPlan, type DocumentKindRow, type DocumentRow, type ObservationRow } from '../../schemas/index.ts';
import { sourceText, type SiteData } from '../data/data.ts';
import { sourceMarks } from '../formats/source-marks.ts';
import { markUpSource, type MentionMark, type QuoteMark } from '../formats/source-markup.ts';
import { perData, perId } from '../data/memo.ts';

export interface SourceView {
  doc: DocumentRow;
  text: string;
  isPlan: boolean;
  figures: ObservationRow[];
}

export const sourceView = perId((data: SiteData, id: string): SourceView => {
  const doc = data.documentById.get(id);
  if (!doc) throw new Error(`no document ${id}`);
  return {
    doc,
    text: sourceText(data, doc),
    isPlan: isPlan(data.document_kinds, doc.kind),
    figures: data.observations.filter((o) => o.document_id === doc.id),
  };
});

/**
 * Everything a source page shows, in one language: the document, the kinds (named in its metadata), its text, its
 * figures, and the passages and mentions marked in the text with the rows they lead to. The page reads nothing else,
 * so this is its incremental-build key (src/site/views/keyed.ts).
 */
export interface SourcePage extends SourceView {
  kinds: readonly DocumentKindRow[];
  quotes: QuoteMark[];
  mentions: MentionMark[];
}

export function sourcePage(data: SiteData, id: string, locale: Locale): SourcePage {
  const view = sourceView(data, id);
  return { ...view, kinds: data.document_kinds, ...sourceMarks(data, view.doc, locale) };
}

/**
 * A digest of a document's text, standing for the text in its pages' keys: made once per document rather than the
 * whole text read into every key (two languages and the marks: some 150 MB at 1,000 documents).
 */
export const textDigest = perId((data: SiteData, id: string): string =>
  createHash('sha256').update(sourceView(data, id).text).digest('base64url'),
);

/**
 * The full text as the page shows it, every quoted passage and numeric mention marked. The official text is shown
 * byte for byte (white-space: pre-wrap), trailing spaces included: where it has any, the HTML validator's
 * trailing-whitespace rule, meant for hand-written markup, is switched off inside it.
 */
export function sourceHtml(page: Pick<SourcePage, 'text' | 'quotes' | 'mentions'>, locale: Locale): string {
  const { html } = markUpSource(page.text, page.quotes, page.mentions, ui(locale).backToRow, HTML_LANG[locale]);
  return /[\t ]\r?\n/.test(page.text) ? `<!-- [html-validate-disable-block no-trailing-whitespace] -->${html}` : html;
}

/** Every source, oldest first; undated ones last. */
export const sourceIndex = perData((data: SiteData): DocumentRow[] =>
  [...data.documents].sort((a, b) => (a.date_issued ?? '9999').localeCompare(b.date_issued ?? '9999')),
);
