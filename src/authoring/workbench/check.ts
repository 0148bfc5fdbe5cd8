// The data build's own checks, run in memory on what the curator has reviewed so far. Entries still in draft stand
// in as not-statistics carrying a marker reason, so the numbers they hold count as "draft" rather than unaccounted
// and the checks reach every reviewed entry. An error names an entry; that entry is set aside and the checks run
// again, so that every error shows beside its entry, not only the first. A manifest field the draft left as "TODO" is
// reported as the build reports it, and a stand-in takes its place here so that the checks still reach the rest.
import { inputs } from '../../shared/files.ts';
import { NotStatisticAnnotation } from '../../schemas/annotation.ts';
import { buildDatasets, type Coverage } from '../../pipeline/pipeline.ts';
import { DataError } from '../../shared/errors.ts';
import type { MentionRow } from '../../schemas/index.ts';
import { formatJson } from '../../shared/json.ts';
import { placeholderError, placeholderFields } from '../../pipeline/sources/sources.ts';
import type { Reads, Workspace } from './workspace.ts';
import { buildDay } from '../../pipeline/sources/build-day.ts';

export const DRAFT_MARK = 'curate-draft:';
const MAX_ROUNDS = 12;

type Json = Record<string, unknown>;
type Entry = { draft?: boolean; quote?: string; mention?: string; target?: { quote: string; mention?: string } };

export interface EntryError {
  file: string;
  /** "observations[3]" in the file as saved, or "" for the file as a whole. */
  entry: string;
  message: string;
}

export interface CheckResult {
  errors: EntryError[];
  coverage: Coverage[];
  /** Mention rows of every document: how each number is accounted for now. */
  mentions: MentionRow[];
  ms: number;
}

interface Overlay {
  file: string;
  body: Json;
  /** For each overlay list, where each entry stands in the saved file. */
  origin: Record<string, string[]>;
}

/** `dropped`: entries an error named: once, they stand in as drafts; twice (the stand-in failed too), they go. */
function overlay(file: string, saved: Json, dropped: Map<string, number>): Overlay {
  const origin: Record<string, string[]> = { observations: [], tasks: [], not_statistics: [], assessments: [] };
  const lists: Record<string, Json[]> = { observations: [], tasks: [], not_statistics: [], assessments: [] };
  // A number stands in once, and not at all where a reviewed observation already uses it: one number may give
  // several figures, and a copy still in draft must not collide with the figure already reviewed.
  const taken = new Set(
    ((saved.observations as Entry[] | undefined) ?? [])
      .filter((e, i) => !e.draft && !dropped.has(`observations[${i}]`))
      .map((e) => `${e.quote}|${e.mention}`),
  );
  const stand = (where: string, e: { quote?: string; mention?: string }) => {
    if (!e.quote || taken.has(`${e.quote}|${e.mention}`)) return;
    taken.add(`${e.quote}|${e.mention}`);
    const standIn: Json = { quote: e.quote, mention: e.mention, reason: DRAFT_MARK + where, reason_zh: DRAFT_MARK };
    lists.not_statistics!.push(
      Object.fromEntries(Object.entries(standIn).filter(([k, v]) => v && k in NotStatisticAnnotation.shape)),
    );
    origin.not_statistics!.push(where);
  };
  for (const list of Object.keys(lists)) {
    ((saved[list] as Entry[] | undefined) ?? []).forEach((e, i) => {
      const where = `${list}[${i}]`;
      const times = dropped.get(where) ?? 0;
      if (times > 1) return;
      if (times === 1 || e.draft) {
        if (list === 'observations' || list === 'not_statistics') stand(where, e);
        if (list === 'tasks' && e.target) stand(where, e.target);
        return;
      }
      lists[list]!.push(e as Json);
      origin[list]!.push(where);
    });
  }
  return { file, body: { ...saved, ...lists, evidence_suggestions: undefined }, origin };
}

/** One document's part of a check: its coverage and its mention rows. */
export function forDocument(result: CheckResult, id: string): CheckResult {
  return {
    ...result,
    coverage: result.coverage.filter((c) => c.document_id === id),
    mentions: result.mentions.filter((m) => m.document_id === id),
  };
}

/** Fields a placeholder may stand in for during the checks: free text, or a fact the text may not state (null). */
const STAND_INS: Record<string, string | null> = {
  doc_number: `${DRAFT_MARK}doc_number`,
  title_zh: `${DRAFT_MARK}title_zh`,
  title_en: `${DRAFT_MARK}title_en`,
  issuer_zh: `${DRAFT_MARK}issuer_zh`,
  issuer_en: `${DRAFT_MARK}issuer_en`,
  date_issued: null,
  date_quote: null,
  period_note_zh: null,
  period_note_en: null,
};

/**
 * The manifest's placeholders, each entry's as the build's one message, and the manifest with stand-ins for them
 * (null when it holds none, or is not JSON: then the build's own check says so).
 */
function manifestPlaceholders(ws: Workspace): { errors: EntryError[]; standIn: string | null } {
  let manifest: unknown;
  try {
    manifest = JSON.parse(ws.text(inputs.manifest));
  } catch {
    return { errors: [], standIn: null };
  }
  if (!Array.isArray(manifest)) return { errors: [], standIn: null };
  const errors = manifest
    .map((entry, i) => placeholderError(entry, i))
    .filter((e): e is DataError => e !== null)
    .map((e) => ({ file: e.file, entry: '', message: e.message }));
  if (!errors.length) return { errors, standIn: null };
  const standIn = manifest.map((entry: Json) => {
    const copy = { ...entry };
    for (const k of placeholderFields(entry)) if (k in STAND_INS) copy[k] = STAND_INS[k];
    return copy;
  });
  return { errors, standIn: formatJson(standIn) };
}

/** The last check of each workspace, what it read and the day it ran: the next one reuses it if none changed. */
const last = new WeakMap<Workspace, { day: string; reads: Reads; result: CheckResult }>();

/**
 * Run the checks for the whole project. A save and the page drawn after it ask the same question of the same files:
 * the answer is kept with every file and folder it read (and the day, by which deadlines are judged), and given
 * again while all are as they were.
 */
export function check(ws: Workspace): CheckResult {
  const started = performance.now();
  const day = buildDay();
  const kept = last.get(ws);
  if (kept && kept.day === day && ws.unchanged(kept.reads)) return { ...kept.result, ms: performance.now() - started };
  const { value, reads } = ws.tracked(() => checkAfresh(ws));
  last.set(ws, { day, reads, result: value });
  return { ...value, ms: performance.now() - started };
}

function checkAfresh(ws: Workspace): CheckResult {
  const started = performance.now();
  const placeholders = manifestPlaceholders(ws);
  const names = ws
    .reader()
    .list(inputs.annotationsDir)
    .filter((n) => n.endsWith('.json'));
  const saved = new Map(
    names.map((n) => [`${inputs.annotationsDir}/${n}`, ws.json<Json>(`${inputs.annotationsDir}/${n}`)]),
  );
  const dropped = new Map<string, Map<string, number>>();
  const errors: EntryError[] = [...placeholders.errors];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const overlays = new Map([...saved].map(([f, body]) => [f, overlay(f, body, dropped.get(f) ?? new Map())]));
    const files = new Map([...overlays].map(([f, o]) => [f, formatJson(o.body)]));
    if (placeholders.standIn !== null) files.set(inputs.manifest, placeholders.standIn);
    try {
      const { datasets, coverage } = buildDatasets(ws.reader(files));
      return {
        errors,
        coverage,
        mentions: datasets.mentions,
        ms: performance.now() - started,
      };
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      const o = overlays.get(e.file);
      const at = /^(\w+)\[(\d+)\]/u.exec(e.entry);
      const where = o && at ? o.origin[at[1]!]?.[Number(at[2])] : undefined;
      const times = where ? (dropped.get(e.file)?.get(where) ?? 0) : 0;
      if (times === 0) errors.push({ file: e.file, entry: where ?? '', message: e.message });
      if (!where || times > 1) break;
      if (!dropped.has(e.file)) dropped.set(e.file, new Map());
      dropped.get(e.file)!.set(where, times + 1);
    }
  }
  return { errors, coverage: [], mentions: [], ms: performance.now() - started };
}
