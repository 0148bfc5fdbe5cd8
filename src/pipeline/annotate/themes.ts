import { Themes, type TaskThemeRow, type ThemeRow } from '../../schemas/index.ts';
import { byUniqueId, DataError } from '../../shared/errors.ts';
import { readJson } from '../../shared/json-input.ts';
import { inputs } from '../../shared/files.ts';
import type { Reader } from '../../shared/reader.ts';

/** Fewest and most themes a task carries: enough to place it, few enough to mean something. */
export const MIN_THEMES = 1;
export const MAX_THEMES = 3;

/** The theme vocabulary, by id, with duplicate ids refused. */
export function loadThemes(reader: Reader): Map<string, ThemeRow> {
  return byUniqueId(inputs.themes, readJson(reader, inputs.themes, Themes), 'theme');
}

/** One row per theme of a task, after checking that it names one to three known themes, each once. */
export function taskThemes(
  themes: ReadonlyMap<string, ThemeRow>,
  task: { id: string; themes: readonly string[] },
  planId: string,
  file: string,
  entry: string,
): TaskThemeRow[] {
  const n = task.themes.length;
  if (n < MIN_THEMES || n > MAX_THEMES)
    throw new DataError(
      file,
      entry,
      `the task has ${n} theme(s); a task carries ${MIN_THEMES} to ${MAX_THEMES}`,
      n < MIN_THEMES
        ? `add a theme id from ${inputs.themes} to "themes"`
        : `keep the ${MAX_THEMES} themes that fit the task best`,
    );
  const seen = new Set<string>();
  return task.themes.map((id) => {
    if (!themes.has(id))
      throw new DataError(
        file,
        entry,
        `unknown theme "${id}"`,
        `use an id from ${inputs.themes} (${[...themes.keys()].join(', ')}) or add the theme there`,
      );
    if (seen.has(id)) throw new DataError(file, entry, `theme "${id}" is listed twice`, 'list each theme once');
    seen.add(id);
    return { id: `${task.id}--${id}`, task_id: task.id, theme_id: id, plan_id: planId };
  });
}
