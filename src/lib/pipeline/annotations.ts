import {
  AnnotationFile,
  Indicators,
  type AssessmentAnnotation,
  type IndicatorRow,
  type ObservationRow,
  type TargetRow,
  type TaskDraft,
  type TaskThemeRow,
  type ThemeRow,
} from '../../schemas/index.ts';
import { taskDeadline } from './deadlines.ts';
import { DataError, entryName } from './errors.ts';
import { readJson } from './json-input.ts';
import type { Mention } from '../extract/index.ts';
import { MentionLedger } from './mentions.ts';
import { findQuote, stripWhite, type Span } from './quotes.ts';
import type { Reader } from './reader.ts';
import type { Source } from './sources.ts';
import type { PendingTaskLink } from './task-links.ts';
import { loadThemes, taskThemes } from './themes.ts';

export const ANNOTATIONS_DIR = 'data/annotations';
export const INDICATORS = 'data/indicators.json';

/** A curated assessment with where it was written, resolved later against all documents. */
export interface PendingAssessment {
  file: string;
  entry: string;
  plan: Source;
  annotation: AssessmentAnnotation;
}

/** Everything the annotation files say, checked against the sources. */
export interface Annotated {
  indicators: IndicatorRow[];
  observations: ObservationRow[];
  tasks: TaskDraft[];
  targets: TargetRow[];
  assessments: PendingAssessment[];
  themes: ThemeRow[];
  taskThemes: TaskThemeRow[];
  taskLinks: PendingTaskLink[];
  ledgers: Map<string, MentionLedger>;
  sources: Map<string, Source>;
}

/** Locate a quote exactly once in a source, or stop naming the entry. */
export function locate(source: Source, quote: string, file: string, entry: string): Span {
  const spans = findQuote(source.compact, quote);
  if (spans.length === 1) return spans[0]!;
  if (spans.length === 0) {
    throw new DataError(
      file,
      entry,
      `quote "${quote}" is not in ${source.entry.file}`,
      'copy the passage verbatim from the source (white space is ignored, every other character counts)',
    );
  }
  throw new DataError(
    file,
    entry,
    `quote "${quote}" occurs ${spans.length} times in ${source.entry.file}`,
    'lengthen the quote until it occurs exactly once',
  );
}

function quoteFields(source: Source, quote: string, span: Span) {
  return {
    document_id: source.entry.id,
    doc_number: source.entry.doc_number,
    quote,
    quote_start: span.start,
    quote_end: span.end,
  };
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The number a quote states, read by the extractor, checked against the value the curator typed and the unit of the
 * indicator it is filed under.
 */
function readNumber(
  ledger: MentionLedger,
  span: Span,
  mention: string | undefined,
  curated: number,
  ind: IndicatorRow,
  file: string,
  entry: string,
  what: string,
): Mention & { value: number } {
  const m = ledger.pick(span, mention, file, entry);
  if (m.value === null || !sameNumber(m.value, curated))
    throw new DataError(
      file,
      entry,
      `${what} ${curated} disagrees with the text "${m.text}", which reads ${m.value}`,
      `set value to ${m.value} (money in yuan with 万/亿 expanded, percentages as percent numbers), or quote the right passage`,
    );
  if (m.unit !== ind.unit)
    throw new DataError(
      file,
      entry,
      `the text "${m.text}" is in ${m.unit ?? 'no unit'}, but indicator "${ind.id}" is in ${ind.unit}`,
      'choose an indicator with the unit the text uses, or correct the indicator',
    );
  return { ...m, value: m.value };
}

function loadIndicators(reader: Reader): Map<string, IndicatorRow> {
  const list = readJson(reader, INDICATORS, Indicators);
  const byId = new Map<string, IndicatorRow>();
  list.forEach((ind, i) => {
    if (byId.has(ind.id))
      throw new DataError(
        INDICATORS,
        entryName('', i, ind.id),
        `duplicate indicator id "${ind.id}"`,
        'give each indicator its own id',
      );
    byId.set(ind.id, ind);
  });
  return byId;
}

/** Read every annotation file and resolve it against its source: quotes, numbers, units, ids. */
export function resolveAnnotations(reader: Reader, sourceList: Source[]): Annotated {
  const indicators = loadIndicators(reader);
  const themes = loadThemes(reader);
  const sources = new Map(sourceList.map((s) => [s.entry.id, s]));
  const ledgers = new Map(sourceList.map((s) => [s.entry.id, new MentionLedger(s)]));
  const out: Annotated = {
    indicators: [...indicators.values()],
    observations: [],
    tasks: [],
    targets: [],
    assessments: [],
    themes: [...themes.values()],
    taskThemes: [],
    taskLinks: [],
    ledgers,
    sources,
  };
  const ids = { observation: new Map<string, string>(), task: new Map<string, string>() };
  const unique = (kind: keyof typeof ids, id: string, file: string, entry: string) => {
    const prior = ids[kind].get(id);
    if (prior)
      throw new DataError(
        file,
        entry,
        `duplicate ${kind} id "${id}" (also in ${prior})`,
        `give each ${kind} its own id`,
      );
    ids[kind].set(id, file);
  };
  const indicator = (id: string, file: string, entry: string) => {
    const ind = indicators.get(id);
    if (!ind)
      throw new DataError(
        file,
        entry,
        `unknown indicator "${id}"`,
        `use an id from ${INDICATORS} or add the indicator there`,
      );
    return ind;
  };
  const pendingTargets: {
    file: string;
    entry: string;
    plan: Source;
    task: TaskDraft;
    target: NonNullable<AnnotationFile['tasks'][number]['target']>;
  }[] = [];

  for (const name of reader.list(ANNOTATIONS_DIR).filter((n) => n.endsWith('.json'))) {
    const file = `${ANNOTATIONS_DIR}/${name}`;
    const ann = readJson(reader, file, AnnotationFile);
    const source = sources.get(ann.document);
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
    const ledger = ledgers.get(ann.document)!;

    ann.observations.forEach((o, i) => {
      const entry = entryName('observations', i, o.id);
      unique('observation', o.id, file, entry);
      const ind = indicator(o.indicator, file, entry);
      if (o.period_end < o.period_start)
        throw new DataError(
          file,
          entry,
          `period_end ${o.period_end} is before period_start ${o.period_start}`,
          'swap or correct the dates',
        );
      const span = locate(source, o.quote, file, entry);
      const m = readNumber(ledger, span, o.mention, o.value, ind, file, entry, 'value');
      if (m.qualifier !== o.qualifier)
        throw new DataError(
          file,
          entry,
          `qualifier "${o.qualifier}" disagrees with the text "${m.text}", which reads "${m.qualifier}"`,
          `set qualifier to "${m.qualifier}"`,
        );
      ledger.claim(m, 'observation', o.id, null, file, entry);
      out.observations.push({
        id: o.id,
        indicator_id: ind.id,
        indicator_zh: ind.name_zh,
        indicator_en: ind.name_en,
        jurisdiction: o.jurisdiction,
        period_start: o.period_start,
        period_end: o.period_end,
        value: m.value,
        unit: ind.unit,
        unit_en: ind.unit_en,
        qualifier: m.qualifier,
        mention_text: m.text,
        ...quoteFields(source, o.quote, span),
        note_zh: o.note_zh ?? '',
        note_en: o.note_en ?? '',
      });
    });

    const taskIds = new Set<string>();
    ann.tasks.forEach((t, i) => {
      const entry = entryName('tasks', i, t.id);
      unique('task', t.id, file, entry);
      taskIds.add(t.id);
      if (source.entry.kind === 'proposal_reply')
        throw new DataError(
          file,
          entry,
          `${source.entry.file} is a ${source.entry.kind}, not a plan`,
          'move the task to the annotation file of the plan that sets it',
        );
      if (t.type === 'quantitative' && !t.target)
        throw new DataError(
          file,
          entry,
          'a quantitative task has no target',
          'add a target (indicator, comparator, quote, and a value, baseline or reference) or change the type',
        );
      if (t.type !== 'quantitative' && t.target)
        throw new DataError(
          file,
          entry,
          `a ${t.type} task has a target`,
          'set type to "quantitative" or remove the target',
        );
      const due = taskDeadline(t, source, file, entry);
      if (t.deadline_quote) locate(source, t.deadline_quote, file, `${entry}.deadline_quote`);
      out.taskThemes.push(...taskThemes(themes, t, source.entry.id, file, entry));
      const span = locate(source, t.quote, file, entry);
      const row: TaskDraft = {
        id: t.id,
        number: t.number,
        section_zh: t.section_zh,
        section_en: t.section_en,
        summary_zh: t.summary_zh,
        summary_en: t.summary_en,
        type: t.type,
        ...due,
        ...quoteFields(source, t.quote, span),
      };
      out.tasks.push(row);
      if (t.target) pendingTargets.push({ file, entry: `${entry}.target`, plan: source, task: row, target: t.target });
    });

    ann.assessments.forEach((a, i) => {
      const entry = entryName('assessments', i, a.task);
      if (!taskIds.has(a.task))
        throw new DataError(file, entry, `unknown task "${a.task}"`, 'assess a task defined in the same file');
      out.assessments.push({ file, entry, plan: source, annotation: a });
    });

    ann.not_statistics.forEach((n, i) => {
      const entry = entryName('not_statistics', i);
      const span = locate(source, n.quote, file, entry);
      const ms = n.mention === undefined ? ledger.statisticsIn(span) : [ledger.pick(span, n.mention, file, entry)];
      if (ms.length === 0)
        throw new DataError(
          file,
          entry,
          'the quote holds no count, amount or percentage to mark',
          'remove the entry, or quote the passage with the number',
        );
      for (const m of ms) ledger.claim(m, 'not_statistic', null, { en: n.reason, zh: n.reason_zh }, file, entry);
    });

    ann.task_links.forEach((link, i) => {
      out.taskLinks.push({ file, entry: entryName('task_links', i), source, link });
    });
  }

  const observations = new Map(out.observations.map((o) => [o.id, o]));
  for (const { file, entry, plan, task, target } of pendingTargets) {
    const ind = indicator(target.indicator, file, entry);
    const span = locate(plan, target.quote, file, entry);
    let value: number | null = null;
    let qualifier: TargetRow['qualifier'] = null;
    if (target.value !== undefined) {
      const ledger = ledgers.get(plan.entry.id)!;
      const m = readNumber(ledger, span, target.mention, target.value, ind, file, entry, 'target value');
      ledger.claim(m, 'target', task.id, null, file, entry);
      value = m.value;
      qualifier = m.qualifier;
    }
    let baseline: ObservationRow | undefined;
    if (target.baseline_observation) {
      baseline = observations.get(target.baseline_observation);
      if (!baseline)
        throw new DataError(
          file,
          entry,
          `unknown baseline observation "${target.baseline_observation}"`,
          'use an observation id defined in an annotation file',
        );
      if (baseline.indicator_id !== ind.id)
        throw new DataError(
          file,
          entry,
          `baseline "${baseline.id}" measures ${baseline.indicator_id}, not ${ind.id}`,
          'use a baseline on the same indicator',
        );
    }
    if ((target.amount_zh === undefined) !== (target.amount_en === undefined))
      throw new DataError(file, entry, 'amount_zh and amount_en go together', 'give the amount in both languages');
    if (target.amount_zh !== undefined && (value !== null || !baseline))
      throw new DataError(
        file,
        entry,
        'an amount with no number is counted above a baseline, and replaces a value',
        'keep amount_zh/en with baseline_observation and no value, or give the value the text states',
      );
    if (target.amount_zh !== undefined && !stripWhite(target.quote).includes(stripWhite(target.amount_zh)))
      throw new DataError(
        file,
        entry,
        `amount_zh "${target.amount_zh}" is not in the target's quote`,
        'copy the amount as the quote words it (e.g. 一批)',
      );
    if (value === null && !baseline && !target.reference_zh) {
      throw new DataError(
        file,
        entry,
        'the target has no value, baseline or reference level',
        'add value (read from the quote), baseline_observation, or reference_zh/reference_en',
      );
    }
    out.targets.push({
      id: `${task.id}-target`,
      task_id: task.id,
      indicator_id: ind.id,
      comparator: target.comparator,
      target_value: value ?? (target.reference_zh || target.amount_zh ? null : baseline!.value),
      qualifier,
      unit: ind.unit,
      reference_zh: target.reference_zh ?? '',
      reference_en: target.reference_en ?? '',
      amount_zh: target.amount_zh ?? '',
      amount_en: target.amount_en ?? '',
      baseline_observation_id: baseline?.id ?? null,
      baseline_value: baseline?.value ?? null,
      deadline: task.deadline,
      ...quoteFields(plan, target.quote, span),
    });
  }
  return out;
}
