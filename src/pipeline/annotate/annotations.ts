// Stage 2: read every annotation file and resolve it against its source, one pass per kind of entry (see
// annotate/): observations, tasks and assessments and not-statistics per file, then targets once every observation
// (a target's baseline may sit in another file) is known.
import {
  AnnotationFile,
  Glossary,
  Indicators,
  type GlossaryEntry,
  type IndicatorRow,
  type ObservationRow,
  type TargetRow,
  type TaskDraft,
  type TaskThemeRow,
  type ThemeRow,
} from '../../schemas/index.ts';
import { collectAssessments } from './assessments.ts';
import { createContext, type PendingAssessment, type Vocabularies } from './context.ts';
import { inputs } from '../../shared/files.ts';
import { resolveNotStatistics } from './not-statistics.ts';
import { resolveObservations } from './observations.ts';
import { resolveTargets } from './targets.ts';
import { collectTaskLinks, type PendingTaskLink } from './task-links.ts';
import { resolveTasks } from './tasks.ts';
import { byUniqueId, DataError, entryName } from '../../shared/errors.ts';
import { readJson } from '../../shared/json-input.ts';
import type { MentionLedger } from './mentions.ts';
import type { Extract } from './mention-cache.ts';
import { extractMentions } from '../extract/index.ts';
import type { Reader } from '../../shared/reader.ts';
import type { Source } from '../sources/sources.ts';
import { loadThemes } from './themes.ts';

/** Everything the annotation files say, checked against the sources. */
export interface Annotated {
  indicators: IndicatorRow[];
  observations: ObservationRow[];
  tasks: TaskDraft[];
  targets: TargetRow[];
  assessments: PendingAssessment[];
  themes: ThemeRow[];
  taskThemes: TaskThemeRow[];
  /** Links between tasks, resolved once every plan's tasks are known (see annotate/task-links.ts). */
  taskLinks: PendingTaskLink[];
  ledgers: Map<string, MentionLedger>;
  sources: Map<string, Source>;
}

/** The indicator catalogue, by id: duplicate ids refused, and each growth rate tied to a real base (see checkBases). */
export function loadIndicators(reader: Reader): Map<string, IndicatorRow> {
  const byId = byUniqueId(inputs.indicators, readJson(reader, inputs.indicators, Indicators), 'indicator');
  checkBases(byId);
  return byId;
}

/**
 * A growth or change rate names the indicator it is computed on in `base`: the rate is a percent, its base another
 * indicator of the catalogue, and both count the same way (a flow's growth is a flow, a stock's a stock).
 */
export function checkBases(byId: ReadonlyMap<string, IndicatorRow>): void {
  [...byId.values()].forEach((ind, i) => {
    if (ind.base === null) return;
    const entry = entryName('', i, ind.id);
    const fail = (problem: string, fix: string): never => {
      throw new DataError(inputs.indicators, entry, problem, fix);
    };
    if (ind.measure !== 'percent')
      fail(
        `"base" is set, but the indicator measures ${ind.measure}; only a growth or change rate (a percent) has a base`,
        'set "base" to null, or make the indicator the percent growth rate of its base',
      );
    const base =
      byId.get(ind.base) ??
      fail(
        `unknown base indicator "${ind.base}"`,
        `name in "base" the id of the indicator the rate is computed on, from ${inputs.indicators}, or add that indicator there`,
      );
    if (ind.base === ind.id)
      fail('the indicator names itself as its base', 'name the indicator the rate is computed on');
    if (base.flow_stock !== ind.flow_stock)
      fail(
        `flow_stock is "${ind.flow_stock}" but its base "${base.id}" is "${base.flow_stock}"`,
        `set flow_stock to "${base.flow_stock}", as the base counts`,
      );
  });
}

/**
 * The glossary of the field (data/glossary.json), which the draft names a new indicator in English with: checked
 * against its schema, and each term listed once in each role.
 */
export function loadGlossary(reader: Reader): GlossaryEntry[] {
  const glossary = readJson(reader, inputs.glossary, Glossary);
  const seen = new Set<string>();
  glossary.forEach((term, i) => {
    const key = `${term.role} ${term.zh}`;
    if (seen.has(key))
      throw new DataError(
        inputs.glossary,
        entryName('', i, term.zh),
        `"${term.zh}" is listed twice as ${term.role}`,
        'keep one entry per term and role',
      );
    seen.add(key);
  });
  return glossary;
}

/**
 * Read every annotation file and resolve it against its source: quotes, numbers, units, ids. `extract` finds each
 * text's mentions: extractMentions, or the build's cache of it (mention-cache.ts).
 */
export function resolveAnnotations(
  reader: Reader,
  sourceList: Source[],
  places: Omit<Vocabularies, 'indicators' | 'themes'>,
  extract: Extract = extractMentions,
): Annotated {
  const ctx = createContext(
    { ...places, indicators: loadIndicators(reader), themes: loadThemes(reader) },
    sourceList,
    extract,
  );
  for (const name of reader.list(inputs.annotationsDir).filter((n) => n.endsWith('.json'))) {
    const file = `${inputs.annotationsDir}/${name}`;
    const ann = readJson(reader, file, AnnotationFile);
    const source = ctx.sources.get(ann.document);
    if (!source)
      throw new DataError(
        file,
        'document',
        `unknown document "${ann.document}"`,
        'use an id from data/sources/manifest.json',
      );
    if (name !== `${ann.document}.json`)
      throw new DataError(
        file,
        'document',
        `file is named ${name} but annotates "${ann.document}"`,
        `rename it to ${ann.document}.json`,
      );
    resolveObservations(ctx, file, source, ann.observations);
    const taskIds = resolveTasks(ctx, file, source, ann.tasks);
    collectAssessments(ctx, file, source, taskIds, ann.assessments);
    resolveNotStatistics(ctx, file, source, ann.not_statistics);
    collectTaskLinks(ctx, file, source, ann.task_links);
  }
  resolveTargets(ctx);
  return {
    indicators: [...ctx.indicators.values()],
    observations: ctx.observations,
    tasks: ctx.tasks,
    targets: ctx.targets,
    assessments: ctx.assessments,
    themes: [...ctx.themes.values()],
    taskThemes: ctx.taskThemes,
    taskLinks: ctx.taskLinks,
    ledgers: ctx.ledgers,
    sources: ctx.sources,
  };
}
