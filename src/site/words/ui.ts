// The interface text of the site: one table per language (strings/zh.ts, strings/en.ts) and one way to read it.
import type { Locale } from '../../shared/locales.ts';
import { en } from './strings/en.ts';
import { zh, type Strings } from './strings/zh.ts';

export type { Strings };

export const UI: Record<Locale, Strings> = { zh, en };

/** The interface strings of a locale; pages and components call it `t`, charts get it through their options. */
export function ui(locale: Locale): Strings {
  return UI[locale];
}
