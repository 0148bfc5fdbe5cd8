// The assisted draft of a new document: a manifest entry with what the text states, and an annotation draft in
// which every number, task and evidence passage is a best guess marked "draft": true for a curator to confirm.
import { extractMentions } from '../../pipeline/extract/index.ts';
import { sha256 } from '../../pipeline/sources/sources.ts';
import type { Corpus } from './corpus.ts';
import { suggestEvidence, type EvidenceSuggestion } from './evidence.ts';
import { draftMentions, IndicatorMatcher, type DraftNotStatistic, type DraftObservation } from './observations.ts';
import { draftTasks, taskItems, type DraftTask } from './tasks.ts';
import { ThemeMatcher } from './themes.ts';

export const TODO = 'TODO';

export interface AnnotationDraft {
  document: string;
  observations: DraftObservation[];
  tasks: DraftTask[];
  assessments: never[];
  not_statistics: DraftNotStatistic[];
  evidence_suggestions: EvidenceSuggestion[];
}

export interface DocumentDraft {
  entry: Record<string, unknown>;
  annotation: AnnotationDraft;
  kinds: Record<string, number>;
  todo: string[];
}

const DOC_NUMBER = /[\u4e00-\u9fa5]{1,12}〔\d{4}〕\d+号/u;
const DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu;

/** The document kind whose name (or its last two characters: 方案, 要点, 答复) comes first in the text's head. */
function guessKind(corpus: Corpus, text: string): string | null {
  const head = text.slice(0, 600);
  let best: { id: string; at: number } | null = null;
  for (const k of corpus.catalogue.kinds.values()) {
    for (const name of [k.name_zh, k.name_zh.slice(-2)]) {
      const at = head.indexOf(name);
      if (at !== -1 && (!best || at < best.at)) best = { id: k.id, at };
    }
  }
  return best?.id ?? null;
}

export function draftDocument(
  corpus: Corpus,
  input: { id: string; file: string; bytes: Uint8Array; jurisdiction: string; kind?: string },
): DocumentDraft {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(input.bytes);
  const dates = [...text.matchAll(DATE)];
  const last = dates.at(-1);
  const date = last ? `${last[1]}-${last[2]!.padStart(2, '0')}-${last[3]!.padStart(2, '0')}` : null;
  const year = date?.slice(0, 4) ?? /(\d{4})\s*年/u.exec(text)?.[1] ?? String(new Date(0).getUTCFullYear());
  const kind = input.kind ?? guessKind(corpus, text);
  const isPlan = kind ? (corpus.catalogue.kinds.get(kind)?.is_plan ?? false) : false;
  const entry = {
    id: input.id,
    file: input.file,
    sha256: sha256(input.bytes),
    doc_number: DOC_NUMBER.exec(text)?.[0] ?? TODO,
    title_zh: TODO,
    title_en: TODO,
    issuer_zh: TODO,
    issuer_en: TODO,
    jurisdiction: input.jurisdiction,
    // The level as the manifest already spells it for this place, else as the place's catalogue entry does.
    level:
      corpus.docs.find((d) => d.entry.jurisdiction === input.jurisdiction)?.entry.level ??
      corpus.catalogue.jurisdictions.get(input.jurisdiction)?.level ??
      TODO,
    kind: kind ?? TODO,
    date_issued: date,
    date_quote: last ? last[0] : null,
    period_start: null,
    period_end: null,
    period_note_zh: null,
    period_note_en: null,
  };
  const matcher = new IndicatorMatcher(corpus);
  const documentDate = date ?? `${year}-12-31`;
  const items = isPlan ? taskItems(text) : [];
  const mentions = draftMentions(corpus, matcher, {
    id: input.id,
    text,
    jurisdiction: input.jurisdiction,
    date: documentDate,
    inTask: (at) => items.some(({ item }) => item.start <= at && at < item.end),
  });
  const annotation: AnnotationDraft = {
    document: input.id,
    observations: mentions.observations,
    tasks: isPlan ? draftTasks(text, { id: input.id, year }, mentions.targets, matcher, new ThemeMatcher(corpus)) : [],
    assessments: [],
    not_statistics: mentions.not_statistics,
    evidence_suggestions: suggestEvidence(corpus, { id: input.id, text, jurisdiction: input.jurisdiction, date }),
  };
  const kinds: Record<string, number> = {};
  for (const m of extractMentions(text)) kinds[m.kind] = (kinds[m.kind] ?? 0) + 1;
  const todo = Object.entries(entry)
    .filter(([, v]) => v === TODO)
    .map(([k]) => k);
  if (!date) todo.push('date_issued (none found in the text: leave null if the text states none)');
  return { entry, annotation, kinds, todo };
}
