// How a page names a place: one rule, from the jurisdictions dataset.
import { pick, type Locale } from '../../shared/locales.ts';
import { jurisdictionName, type JurisdictionRow } from '../../schemas/index.ts';

/** A jurisdiction with the places that enclose it: 上海市静安区, "Jing'an District, Shanghai". */
export function placeName(jurisdictions: ReadonlyMap<string, JurisdictionRow>, id: string, locale: Locale): string {
  const name = jurisdictionName(jurisdictions, id);
  return pick(locale, name.zh, name.en);
}
