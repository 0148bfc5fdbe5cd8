// Statuses as the site names and orders them.
import type { Status } from '../../schemas/index.ts';
import type { Locale } from '../../shared/locales.ts';
import { ui } from './ui.ts';

/** Statuses in the order charts stack them and legends list them: the enum's order, done to not yet shown. */
export const STATUS_ORDER: readonly Status[] = [
  'achieved',
  'in_progress',
  'carried_over',
  'no_evidence',
  'not_achieved',
];

export function statusLabel(status: Status, locale: Locale): string {
  return ui(locale).statuses[status];
}
