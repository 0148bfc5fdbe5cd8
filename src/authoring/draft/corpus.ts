// What the draft learns from: the documents already in, their curated annotations and the indicator catalogue,
// read as plain data. `forget` drops one document, its annotations and every evidence quote taken from it, so that
// the benchmark can draft a document as if it were new.
import { inputs } from '../../shared/files.ts';
import type { Reader } from '../../shared/reader.ts';
import { loadCatalogue, type Catalogue } from './catalogue.ts';
import type { GlossaryTerm } from './terms.ts';

export interface CorpusEntry {
  id: string;
  file: string;
  jurisdiction: string;
  level: string;
  kind: string;
  date_issued: string | null;
  period_start: string | null;
  period_end: string | null;
}

export interface CuratedEvidence {
  document: string;
  quote: string;
}

export interface CuratedTask {
  id: string;
  number: string;
  section_zh: string;
  summary_zh: string;
  quote: string;
  type: string;
  themes?: string[];
  target?: { indicator: string; quote: string };
}

export interface CuratedAnnotation {
  document: string;
  observations?: { id: string; indicator: string; quote: string; mention?: string }[];
  tasks?: CuratedTask[];
  assessments?: { task: string; evidence?: CuratedEvidence[] }[];
  not_statistics?: { quote: string; mention?: string; reason: string }[];
}

export interface IndicatorEntry {
  id: string;
  name_zh: string;
  definition_zh: string;
  unit: string;
  /** Counted over a period, or at a date; a growth rate's base indicator. Absent in a catalogue that predates them. */
  flow_stock?: 'flow' | 'stock';
  base?: string | null;
}

export interface ThemeEntry {
  id: string;
  name_zh: string;
  definition_zh: string;
}

export interface CorpusDoc {
  entry: CorpusEntry;
  text: string;
  annotation: CuratedAnnotation;
}

export interface Corpus {
  docs: CorpusDoc[];
  indicators: IndicatorEntry[];
  /** The shared themes of tasks (data/themes.json), where the project has them. */
  themes: ThemeEntry[];
  /** The glossary of the field (data/glossary.json), where the project has it: new indicators are named with it. */
  glossary: GlossaryTerm[];
  catalogue: Catalogue;
}

const decoder = new TextDecoder();
const THEMES = 'data/themes.json';

function json<T>(reader: Reader, path: string): T {
  const bytes = reader.bytes(path);
  if (!bytes) throw new Error(`${path} is missing: restore it from git`);
  return JSON.parse(decoder.decode(bytes)) as T;
}

export function loadCorpus(reader: Reader, forget?: string): Corpus {
  const manifest = json<CorpusEntry[]>(reader, inputs.manifest);
  if (forget && !manifest.some((e) => e.id === forget))
    throw new Error(`--forget ${forget}: no such document in ${inputs.manifest}`);
  const docs: CorpusDoc[] = [];
  for (const entry of manifest) {
    if (entry.id === forget) continue;
    const bytes = reader.bytes(inputs.source(entry.file));
    if (!bytes) continue;
    const path = inputs.annotation(entry.id);
    const annotation: CuratedAnnotation = reader.bytes(path) ? json(reader, path) : { document: entry.id };
    for (const a of annotation.assessments ?? []) a.evidence = (a.evidence ?? []).filter((e) => e.document !== forget);
    docs.push({ entry, text: decoder.decode(bytes), annotation });
  }
  const themes = reader.bytes(THEMES) ? json<ThemeEntry[]>(reader, THEMES) : [];
  const glossary = reader.bytes(inputs.glossary) ? json<GlossaryTerm[]>(reader, inputs.glossary) : [];
  return { docs, indicators: json(reader, inputs.indicators), themes, glossary, catalogue: loadCatalogue(reader) };
}
