// A document's title as the site lists it. Many titles name their place ("静安区知识产权保护示范区建设实施方案"), some
// do not: Weifang's "2023年全市知识产权行政保护工作实施方案" says only "the whole city", and beside Shanghai's plans it
// reads as theirs. Such a title is shown after the name of its place; the page of the document keeps the official
// title as well.
import { pick, type Locale } from '../../shared/locales.ts';
import type { DocumentRow, JurisdictionRow } from '../../schemas/index.ts';

/** A place's name without its administrative suffix, as titles write it: 潍坊市 → 潍坊, "Jing'an District" → "Jing'an". */
function stem(name: string, locale: Locale): string {
  const bare =
    locale === 'zh' ? name.replace(/(自治区|省|市|区|县|旗)$/u, '') : name.replace(/\s+(District|County)$/u, '');
  return bare.length >= 2 ? bare : name;
}

/** Whether the title names the document's own place. */
export function titleNamesPlace(title: string, place: string, locale: Locale): boolean {
  return title.includes(stem(place, locale));
}

/** The title to list a document by: the official one, after its place's name where it does not name it. */
export function shownTitle(
  doc: Pick<DocumentRow, 'title_zh' | 'title_en' | 'jurisdiction'>,
  jurisdictions: ReadonlyMap<string, Pick<JurisdictionRow, 'name_zh' | 'name_en'>>,
  locale: Locale,
): string {
  const title = pick(locale, doc.title_zh, doc.title_en);
  const place = jurisdictions.get(doc.jurisdiction);
  if (!place) throw new Error(`document title: unknown jurisdiction "${doc.jurisdiction}"`);
  const name = pick(locale, place.name_zh, place.name_en);
  return titleNamesPlace(title, name, locale) ? title : `${name} · ${title}`;
}
