/** The site's languages: Chinese at the root, English under /en/. */
export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** The value of the html lang attribute for each locale. */
export const HTML_LANG: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** The `lang` route parameter of a locale: undefined puts Chinese at the root. */
export function langParam(locale: Locale): string | undefined {
  return locale === 'zh' ? undefined : locale;
}

/** Pick the Chinese or English variant of a bilingual pair. */
export function pick<T>(locale: Locale, zh: T, en: T): T {
  return locale === 'zh' ? zh : en;
}

/** getStaticPaths entries for a page in both languages, optionally crossed with other params and props. */
export function localePaths<P extends Record<string, string>, Q extends Record<string, unknown>>(
  items: readonly { params: P; props: Q }[] = [{ params: {} as P, props: {} as Q }],
) {
  return LOCALES.flatMap((locale) =>
    items.map((item) => ({ params: { ...item.params, lang: langParam(locale) }, props: { ...item.props, locale } })),
  );
}
