// Stage 2: read every annotation file and resolve it against its source, one pass per kind of entry (see
// annotate/): observations, tasks and assessments and not-statistics per file, then targets once every observation
// (a target's baseline may sit in another file) is known.
import {
  AnnotationFile,
  Indicators,
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
import { byUniqueId, DataError } from '../../shared/errors.ts';
import { readJson } from '../../shared/json-input.ts';
import type { MentionLedger } from './mentions.ts';
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

function loadIndicators(reader: Reader): Map<string, IndicatorRow> {
  return byUniqueId(inputs.indicators, readJson(reader, inputs.indicators, Indicators), 'indicator');
}

/** Read every annotation file and resolve it against its source: quotes, numbers, units, ids. */
export function resolveAnnotations(
  reader: Reader,
  sourceList: Source[],
  places: Omit<Vocabularies, 'indicators' | 'themes'>,
): Annotated {
  const ctx = createContext({ ...places, indicators: loadIndicators(reader), themes: loadThemes(reader) }, sourceList);
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
