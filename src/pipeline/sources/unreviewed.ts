// Nothing unreviewed reaches the site: the data build refuses an annotation file that still holds an entry marked
// "draft": true or an evidence suggestion nobody has accepted or dismissed.
import { DataError } from '../../shared/errors.ts';
import { inputs } from '../../shared/files.ts';
import { readJsonValue } from '../../shared/json-input.ts';
import type { Reader } from '../../shared/reader.ts';

function countDrafts(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countDrafts(v), 0);
  if (!value || typeof value !== 'object') return 0;
  const own = (value as { draft?: unknown }).draft === true ? 1 : 0;
  return own + Object.values(value).reduce((n: number, v) => n + countDrafts(v), 0);
}

/** What is left to review in one parsed annotation file. */
export function unreviewed(raw: unknown): { drafts: number; suggestions: number } {
  const suggestions = (raw as { evidence_suggestions?: unknown } | null)?.evidence_suggestions;
  return { drafts: countDrafts(raw), suggestions: Array.isArray(suggestions) ? suggestions.length : 0 };
}

/**
 * Stop on the first annotation file with anything unreviewed, naming the file and the counts. Each file is read as
 * the annotation reader reads it (json-input.ts), so one that is not JSON, or nests too deep to count, says so here.
 */
export function refuseUnreviewed(reader: Reader): void {
  for (const name of reader.list(inputs.annotationsDir).filter((n) => n.endsWith('.json'))) {
    const file = `${inputs.annotationsDir}/${name}`;
    const { raw } = readJsonValue(reader, file);
    const { drafts, suggestions } = unreviewed(raw);
    if (drafts + suggestions === 0) continue;
    const parts = [
      drafts ? `${drafts} draft entr${drafts === 1 ? 'y' : 'ies'} ("draft": true)` : '',
      suggestions ? `${suggestions} unreviewed evidence suggestion${suggestions === 1 ? '' : 's'}` : '',
    ].filter(Boolean);
    throw new DataError(
      file,
      '',
      `still holds ${parts.join(' and ')}: nothing unreviewed is published`,
      'review them in the workbench (npm run curate), or confirm each entry and delete its "draft" flag and the evidence_suggestions list by hand',
    );
  }
}
