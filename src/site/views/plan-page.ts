// Everything a plan page shows but its charts, in one language: the page reads nothing else, so this (with its charts'
// keys) is its incremental-build key (src/site/views/keyed.ts).
import type { DocumentKindRow, ThemeRow } from '../../schemas/index.ts';
import type { Locale } from '../../shared/locales.ts';
import type { SiteData } from '../data/data.ts';
import { shownTitle } from '../formats/titles.ts';
import { planView, type PlanView } from './plan.ts';
import { planLineage, taskThemes, type LineageLink } from './task.ts';

export interface PlanPage extends Omit<PlanView, 'deadlines' | 'targets'> {
  /** Its title as listed (with its place where the official title lacks it). */
  title: string;
  kinds: readonly DocumentKindRow[];
  lineage: { into: LineageLink[]; outOf: LineageLink[] };
  /** The themes of each of its tasks, by task id. */
  themesOf: Map<string, ThemeRow[]>;
  /** The themes any of its tasks has, in the themes dataset's order. */
  themes: ThemeRow[];
  /** The data release, which its citation names. */
  release: string;
}

export function planPage(data: SiteData, id: string, locale: Locale): PlanPage {
  const { doc, tasks, counts, sections, statedDeadlines } = planView(data, id);
  const themesOf = new Map(tasks.map((v) => [v.task.id, taskThemes(data, v.task.id)]));
  return {
    doc,
    tasks,
    counts,
    sections,
    statedDeadlines,
    title: shownTitle(doc, data.jurisdictionById, locale),
    kinds: data.document_kinds,
    lineage: planLineage(data, id),
    themesOf,
    themes: data.themes.filter((th) => tasks.some((v) => themesOf.get(v.task.id)!.includes(th))),
    release: data.release.data_release,
  };
}
