import { createHash } from 'node:crypto';
import { Manifest, NO_DOC_NUMBER, type ManifestEntry } from '../../schemas/index.ts';
import { DataError, entryName } from '../../shared/errors.ts';
import { extractMentions } from '../extract/index.ts';
import { matchSchema, readJsonValue } from '../../shared/json-input.ts';
import { checkCharacters, decodeText, invisibleCharacter } from '../../shared/text-checks.ts';
import { compact, findQuote, type Compact } from '../../shared/quotes.ts';
import type { Reader } from '../../shared/reader.ts';
import { inputs } from '../../shared/files.ts';

const MANIFEST = inputs.manifest;

/** A source document whose bytes matched its manifest entry. */
export interface Source {
  entry: ManifestEntry;
  path: string;
  text: string;
  compact: Compact;
  bytes: number;
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What a draft or a hurried hand leaves where a fact belongs (the draft writes "TODO"): never published. */
export const PLACEHOLDER = /^(todo|tbd|fixme|x{2,}|待定|待补|待填|\?+|？+|—+|-+)$/i;

/** Each manifest field as a placeholder's message names it, and what to write there instead. */
const FIELDS: Record<string, { what: string; fix: string }> = {
  id: { what: 'id', fix: 'give the document an id of lowercase words joined by "-" (it names its pages and files)' },
  file: { what: 'file name', fix: 'write the name of its text in data/sources/' },
  doc_number: {
    what: 'number',
    fix: `copy the number (文号) as the text states it, or write "${NO_DOC_NUMBER}" where the text has none`,
  },
  title_zh: { what: 'title', fix: 'copy the title as the text states it' },
  title_en: { what: 'English title', fix: 'write the title in English' },
  issuer_zh: { what: 'issuer', fix: "copy the issuing body's name as the text states it" },
  issuer_en: { what: "issuer's English name", fix: "write the issuing body's name in English" },
  jurisdiction: { what: 'place', fix: 'write the id of its place in data/jurisdictions.json' },
  level: {
    what: 'level',
    fix: "write its issuer's level: national, provincial, prefecture or county (its place's, in data/jurisdictions.json)",
  },
  kind: { what: 'kind', fix: 'write the id of its kind in data/document-kinds.json' },
  date_issued: { what: 'date', fix: 'write the date the text states (YYYY-MM-DD), or null where it states none' },
  date_quote: {
    what: 'passage stating its date',
    fix: 'copy the passage that states the date verbatim from the source, or null where the text states none',
  },
  period_start: { what: 'period start', fix: 'write the first day of the period the text states, or null' },
  period_end: { what: 'period end', fix: 'write the last day of the period the text states, or null' },
  period_note_zh: { what: 'note on its period', fix: 'say in Chinese how the period was read from the text, or null' },
  period_note_en: {
    what: 'English note on its period',
    fix: 'say in English how the period was read from the text, or null',
  },
};

/** The fields of one manifest entry, as written (before the schema), that hold a placeholder rather than a fact. */
export function placeholderFields(entry: unknown): string[] {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return [];
  return Object.entries(entry)
    .filter(([, v]) => typeof v === 'string' && PLACEHOLDER.test(v.trim()))
    .map(([k]) => k);
}

/**
 * The message for the placeholders of manifest entry `index`, or null when it holds none: one message for the entry,
 * naming each field and what to write there (the draft leaves "TODO" wherever it could not read the text).
 */
export function placeholderError(entry: unknown, index: number): DataError | null {
  const fields = placeholderFields(entry);
  if (!fields.length) return null;
  const e = entry as Record<string, string>;
  const id = typeof e.id === 'string' && !fields.includes('id') ? e.id : undefined;
  const name = entryName('', index, id);
  const about = (k: string) => FIELDS[k] ?? { what: k, fix: `write the document's ${k}` };
  if (fields.length === 1) {
    const k = fields[0]!;
    return new DataError(
      MANIFEST,
      `${name}.${k}`,
      `"${e[k]}" is a placeholder, not the document's ${about(k).what}`,
      about(k).fix,
    );
  }
  return new DataError(
    MANIFEST,
    name,
    `${fields.map((k) => `${k} "${e[k]}"`).join(', ')} are placeholders, not the document's ${fields.map((k) => about(k).what).join(', ')}`,
    fields.map((k) => `${k}: ${about(k).fix}`).join('; '),
  );
}

/**
 * Load the manifest and every source it lists; stop on a placeholder in any field, a missing or changed file, a
 * duplicate id, a document dated after `today` (the day of the build, YYYY-MM-DD: see build-day.ts), or a file in
 * data/sources/ it does not list.
 */
export function loadSources(reader: Reader, today: string): Source[] {
  const { raw } = readJsonValue(reader, MANIFEST);
  // Before the schema: a "TODO" where a level or a date belongs is a placeholder to fill, not a malformed value.
  if (Array.isArray(raw))
    raw.forEach((entry, i) => {
      const placeholder = placeholderError(entry, i);
      if (placeholder) throw placeholder;
    });
  const manifest = matchSchema(MANIFEST, raw, Manifest);
  const seen = new Set<string>();
  const files = new Map<string, string>();
  const sources = manifest.map((entry, i) => {
    const name = entryName('', i, entry.id);
    if (seen.has(entry.id))
      throw new DataError(MANIFEST, name, `duplicate document id "${entry.id}"`, 'give each document its own id');
    seen.add(entry.id);
    const sharing = files.get(entry.file);
    if (sharing)
      throw new DataError(
        MANIFEST,
        name,
        `file "${entry.file}" is already the source of document "${sharing}"`,
        "each document has its own file: correct `file` to this document's own text (or remove the duplicate entry)",
      );
    files.set(entry.file, entry.id);
    checkEntry(entry, name, today);
    const path = inputs.source(entry.file);
    const bytes = reader.bytes(path);
    if (!bytes)
      throw new DataError(
        path,
        '',
        `source file listed in ${MANIFEST} is missing`,
        'restore the file byte-for-byte (git checkout) or remove its manifest entry',
      );
    const hash = sha256(bytes);
    if (hash !== entry.sha256) {
      throw new DataError(
        path,
        '',
        `bytes changed: sha256 is ${hash}, manifest says ${entry.sha256}`,
        'sources are never edited: restore the original bytes; if this is a new official version, add it as a new document',
      );
    }
    const text = decodeText(path, bytes);
    if (!text.trim()) throw new DataError(path, '', 'the source holds only white space', 'restore its text');
    checkCharacters(path, '', text, () => 'the text');
    const source: Source = { entry, path, text, compact: compact(text), bytes: bytes.length };
    if (entry.date_quote && findQuote(source.compact, entry.date_quote).length === 0) {
      const hidden = invisibleCharacter(entry.date_quote);
      throw new DataError(
        MANIFEST,
        name,
        `date_quote "${entry.date_quote}" is not in ${entry.file}${hidden ? `; the quote holds ${hidden}` : ''}`,
        hidden
          ? 'delete the invisible character (or copy the passage again from the source)'
          : 'copy the passage that states the date verbatim from the source',
      );
    }
    checkDateQuote(entry, name);
    return source;
  });
  refuseUnlisted(reader, new Set(files.keys()));
  return sources;
}

/** Longest id: ids name files (data/annotations/ID.json, plans/ID.csv), and file names have a limit. */
export const MAX_ID_LENGTH = 100;

/**
 * A text in data/sources/ that no manifest entry names is refused, not skipped: it is most often a document added
 * without its entry, which would otherwise be silently left out of the site. Hidden files (an editor's or the
 * system's, such as .DS_Store) are not documents and are left alone.
 */
function refuseUnlisted(reader: Reader, listed: ReadonlySet<string>): void {
  const dir = inputs.source('').slice(0, -1);
  const manifest = MANIFEST.slice(dir.length + 1);
  const stray = reader.list(dir).filter((f) => f !== manifest && !f.startsWith('.') && !listed.has(f));
  if (stray.length)
    throw new DataError(
      inputs.source(stray[0]!),
      '',
      `no entry of ${MANIFEST} lists this file${stray.length > 1 ? ` (nor ${stray.length - 1} more: ${stray.slice(1, 6).join(', ')}${stray.length > 6 ? ', …' : ''})` : ''}`,
      `add its entry to ${MANIFEST} (id, file, sha256, document number, dates), or remove the file`,
    );
}

/** Dates of a manifest entry that cannot be true together, or cannot be true yet. */
function checkEntry(entry: ManifestEntry, name: string, today: string): void {
  if (entry.date_issued && entry.date_issued > today)
    throw new DataError(
      MANIFEST,
      name,
      `date_issued ${entry.date_issued} is after the day of this build (${today}, China time): a document cannot be issued in the future, and its date would become the date the site's figures are "as of"`,
      'correct date_issued to the date the text states (and its date_quote)',
    );
  if (entry.id.length > MAX_ID_LENGTH)
    throw new DataError(
      MANIFEST,
      name,
      `the id is ${entry.id.length} characters long; ids name files, so at most ${MAX_ID_LENGTH}`,
      'shorten the id',
    );
  if (entry.period_start && entry.period_end && entry.period_end < entry.period_start)
    throw new DataError(
      MANIFEST,
      name,
      `the plan period ends (${entry.period_end}) before it starts (${entry.period_start})`,
      'correct period_start or period_end to the period the text states',
    );
}

/** A date_issued that the entry's own date_quote contradicts: the quote states full dates, none of them this one. */
function checkDateQuote(entry: ManifestEntry, name: string): void {
  if (!entry.date_quote) return;
  const dates = extractMentions(entry.date_quote)
    .map((m) => m.iso)
    .filter((iso): iso is string => !!iso && /^\d{4}-\d{2}-\d{2}$/.test(iso));
  if (dates.length && !dates.includes(entry.date_issued ?? ''))
    throw new DataError(
      MANIFEST,
      name,
      `date_issued is ${entry.date_issued ?? 'empty'} but its date_quote "${entry.date_quote}" states ${dates.join(', ')}`,
      'set date_issued to the date the quote states (or quote the passage that states date_issued)',
    );
}

/** The date a plan speaks from: its date of issue, or the start of its period when the text states no date. */
export function planDate(plan: Source): string | null {
  return plan.entry.date_issued ?? plan.entry.period_start;
}
