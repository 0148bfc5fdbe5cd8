// What a curator can do to a document's files, as pure edits of the parsed files. Each returns the paths it changed;
// the server checks that none of them changed since the page was drawn, writes them and runs the checks.
import { inputs } from '../../shared/files.ts';
import {
  NotStatisticAnnotation,
  ObservationAnnotation,
  TargetAnnotation,
  TaskAnnotation,
} from '../../schemas/annotation.ts';
import { ChangeKind, ChangeRow } from '../../schemas/change.ts';
import { ManifestEntry } from '../../schemas/document.ts';
import { IndicatorRow } from '../../schemas/indicator.ts';
import { JurisdictionRow } from '../../schemas/jurisdiction.ts';
import { NO_DOC_NUMBER, Qualifier, STATISTIC_KINDS } from '../../schemas/vocab.ts';
import { extractMentions } from '../../pipeline/extract/index.ts';
import { findQuote, compact, stripWhite as compactText } from '../../shared/quotes.ts';
import { DATE_FORMS, isoDate } from './dates.ts';

type Json = Record<string, unknown>;

/** The files an operation reads and writes, and what else it may need: the source text, the draft, today. */
export interface Files {
  get(path: string): Json;
  set(path: string, value: Json): void;
  /** A source text by its path. */
  text?(path: string): string;
  /** The observations the draft drafts for a document now, for a number found to be a statistic after all. */
  redraft?(doc: string): Json[];
  /** Today's date, ISO: the date a changelog entry is drafted with. */
  today?(): string;
}

export type Op = Json & { op: string };

/** The document number of a document whose text has none (a white paper, a summary posted on a website), as drafted. */
export { NO_DOC_NUMBER };

const annotationPath = inputs.annotation;
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const opt = (v: unknown) => str(v) || undefined;
const yes = (v: unknown) => v === true || v === 'on' || v === '1' || v === 'true';
const list = (file: Json, name: string): Json[] => {
  if (file[name] === undefined) file[name] = [];
  if (!Array.isArray(file[name])) throw new OpError(`${name} in the file is not a list: correct the file`);
  return file[name] as Json[];
};
const rows = (files: Files, path: string): Json[] => {
  const v = files.get(path) as unknown;
  if (!Array.isArray(v)) throw new OpError(`${path} does not hold a list: correct the file`);
  return v as Json[];
};

function at(file: Json, name: string, index: unknown): Json {
  const i = typeof index === 'number' ? index : /^\d+$/u.test(str(index)) ? Number(str(index)) : NaN;
  const entry = Number.isInteger(i) ? list(file, name)[i] : undefined;
  const shown = typeof index === 'string' || typeof index === 'number' ? index : JSON.stringify(index);
  if (!entry || typeof entry !== 'object') throw new OpError(`there is no ${name}[${shown}]: reload the page`);
  return entry;
}
const indexOf = (op: Op) => Number(str(op.index));

/** A refusal the curator can act on: shown in the page beside the form that was saved. */
export class OpError extends Error {}

function need(op: Op, ...fields: string[]) {
  for (const f of fields) if (!str(op[f])) throw new OpError(`${f} is required`);
}

/** A typed date as ISO, or a refusal naming the field and the forms that work; empty stays empty. */
function date(op: Op, field: string): string | undefined {
  const typed = str(op[field]);
  if (!typed) return undefined;
  const iso = isoDate(typed);
  if (!iso) throw new OpError(`${field}: "${typed}" is not a date; write ${DATE_FORMS}`);
  return iso;
}

/** The first problem a schema finds with a row, as "field: message". */
function schemaProblem(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const issue = result.success ? undefined : result.error!.issues[0];
  return issue ? `${issue.path.map(String).join('.') || 'entry'}: ${issue.message}` : null;
}

/** A reviewed entry holds what its schema holds: the draft's working fields (candidates, proposals) are dropped. */
const reviewed = (d: Json, schema: { shape: object }): Json =>
  Object.fromEntries(Object.entries(d).filter(([k]) => k in schema.shape));
const ids = (v: unknown) =>
  (Array.isArray(v) ? v.map(String) : str(v).split(/[\s,，、]+/u)).map((x) => x.trim()).filter(Boolean);

/** A number as typed (full-width digits and thousands separators allowed), or a refusal naming the field. */
function number(op: Op, field: string): number | undefined {
  const typed = str(op[field])
    .replace(/[\uff10-\uff19]/gu, (d) => String(d.charCodeAt(0) - 0xff10))
    .replace(/[,，]/gu, '')
    .replace(/．/gu, '.')
    .replace(/^－/u, '-');
  if (!typed) return undefined;
  const n = Number(typed);
  if (!Number.isFinite(n)) throw new OpError(`${field}: "${str(op[field])}" is not a number`);
  return n;
}

function observation(d: Json, op: Op): Json {
  need(op, 'indicator', 'period_start', 'period_end', 'quote');
  const typed = number(op, 'value');
  const magnitude = Math.abs(typed ?? Number(d.value));
  const qualifier = str(op.qualifier) || d.qualifier;
  if (!Qualifier.options.includes(qualifier as Qualifier))
    throw new OpError(`qualifier must be one of ${Qualifier.options.join(', ')}`);
  const out: Json = {
    ...d,
    indicator: str(op.indicator),
    jurisdiction: str(op.jurisdiction) || d.jurisdiction,
    period_start: date(op, 'period_start'),
    period_end: date(op, 'period_end'),
    quote: str(op.quote),
    mention: 'mention' in op ? opt(op.mention) : d.mention,
    // A fall (下降, 减少) is a negative change: the sign is the curator's reading of the words around the number.
    value: 'negative' in op || typed !== undefined ? (yes(op.negative) ? -magnitude : magnitude) : d.value,
    qualifier,
    note_zh: opt(op.note_zh),
    note_en: opt(op.note_en),
  };
  // A range (3-5家) where the schema has one: both ends, or neither.
  for (const end of ['low', 'high']) if (end in ObservationAnnotation.shape && end in op) out[end] = number(op, end);
  return reviewed(out, ObservationAnnotation);
}

function notStatistic(op: Op, d: Json): Json {
  return reviewed(
    {
      quote: str(op.quote),
      mention: 'mention' in op ? opt(op.mention) : d.mention,
      reason: str(op.reason),
      reason_zh: str(op.reason_zh),
    },
    NotStatisticAnnotation,
  );
}

function task(d: Json, op: Op): Json {
  need(op, 'number', 'section_zh', 'section_en', 'summary_zh', 'summary_en', 'quote', 'type');
  const deadline = date(op, 'deadline');
  const out: Json = {
    ...d,
    number: str(op.number),
    section_zh: str(op.section_zh),
    section_en: str(op.section_en),
    summary_zh: str(op.summary_zh),
    summary_en: str(op.summary_en),
    quote: str(op.quote),
    type: str(op.type),
    deadline,
    deadline_quote: deadline ? opt(op.deadline_quote) : undefined,
    themes: ids(op.themes ?? d.themes),
    target: undefined,
  };
  const t = d.target as Json | undefined;
  if (out.type === 'quantitative' && t) {
    need(op, 'target_indicator');
    out.target = reviewed(
      {
        ...t,
        indicator: str(op.target_indicator),
        comparator: str(op.target_comparator) || t.comparator,
      },
      TargetAnnotation,
    );
  }
  return reviewed(out, TaskAnnotation);
}

/** The next free observation id of a document: its id and a three-digit number above every one in use. */
function nextObservationId(doc: string, file: Json): string {
  const used = list(file, 'observations')
    .map((o) => new RegExp(`^${doc}-(\\d+)$`, 'u').exec(str(o.id))?.[1])
    .map(Number)
    .filter(Number.isFinite);
  return `${doc}-${String(Math.max(0, ...used) + 1).padStart(3, '0')}`;
}

/**
 * A number set aside, drafted again as a figure: as the draft drafts the document now where it reads the number as a
 * figure (indicator, candidates, period, a proposed indicator), else from the number alone, its period left to the
 * curator (one click for a year) and its indicator to be chosen.
 */
function draftObservation(files: Files, doc: string, file: Json, quote: string, mention: string | undefined): Json {
  const entry = rows(files, inputs.manifest).find((e) => e.id === doc)!;
  const text = files.text!(inputs.source(str(entry.file)));
  const span = findQuote(compact(text), quote)[0];
  if (!span) throw new OpError(`the quote "${quote}" is not in the text: select the passage in the document`);
  const numbers = extractMentions(text).filter(
    (m) => m.start >= span.start && m.end <= span.end && m.value !== null && STATISTIC_KINDS.includes(m.kind),
  );
  const m = mention ? numbers.find((n) => n.text === mention) : numbers.length === 1 ? numbers[0] : undefined;
  if (!m) throw new OpError(`the quote holds ${numbers.length} numbers: keep the one meant in mention`);
  const drafted = (files.redraft?.(doc) ?? []).find(
    (o) =>
      str(o.mention) === m.text &&
      findQuote(compact(text), str(o.quote)).some((q) => q.start <= m.start && m.end <= q.end),
  );
  return {
    indicator: null,
    jurisdiction: entry.jurisdiction,
    period_start: '',
    period_end: '',
    value: m.value,
    ...(m.low === undefined ? {} : { low: m.low, high: m.high }),
    unit: m.unit,
    qualifier: m.qualifier,
    ...drafted,
    draft: true,
    id: nextObservationId(doc, file),
    quote,
    mention: m.text,
  };
}

/** The changelog entry a new document starts with, from its manifest entry: the curator edits the words. */
export function changeDraft(entry: Json): { summary_zh: string; summary_en: string } {
  const number = str(entry.doc_number);
  const numbered = number && number !== NO_DOC_NUMBER && number !== 'TODO';
  return {
    summary_zh: `新增文件：${str(entry.issuer_zh)}《${str(entry.title_zh)}》${numbered ? `（${number}）` : ''}。`,
    summary_en: `New document: ${str(entry.issuer_en)}, "${str(entry.title_en)}"${numbered ? ` (${number})` : ''}.`,
  };
}

export const changeId = (doc: string) => `new-document-${doc}`;

/**
 * A new document's changelog entry, drafted when its details are first saved; while its words are still the draft's,
 * they follow the details (a corrected title), and once the curator has written their own they are left alone.
 */
function draftChange(files: Files, doc: string, before: Json, after: Json): string[] {
  if ([after.title_zh, after.title_en, after.issuer_zh, after.issuer_en].some((v) => !str(v) || v === 'TODO'))
    return [];
  const log = rows(files, inputs.changelog);
  const mine = log.find((c) => c.id === changeId(doc));
  if (!mine) {
    if (log.some((c) => str(c.document_ids).split(/\s+/u).includes(doc))) return [];
    log.push({
      id: changeId(doc),
      date: files.today?.() ?? new Date().toISOString().slice(0, 10),
      kind: 'new_document',
      document_ids: doc,
      ...changeDraft(after),
    });
  } else {
    const was = changeDraft(before);
    const now = changeDraft(after);
    if (mine.summary_zh === was.summary_zh) mine.summary_zh = now.summary_zh;
    if (mine.summary_en === was.summary_en) mine.summary_en = now.summary_en;
  }
  files.set(inputs.changelog, log as unknown as Json);
  return [inputs.changelog];
}

const MANIFEST_TEXT = ['title_zh', 'title_en', 'issuer_zh', 'issuer_en', 'period_note_zh', 'period_note_en'] as const;

function updateManifest(files: Files, doc: string, op: Op): string[] {
  const manifest = rows(files, inputs.manifest);
  const entry = manifest.find((e) => e.id === doc);
  if (!entry) throw new OpError(`${doc} is not in the manifest`);
  const before = { ...entry };
  for (const k of MANIFEST_TEXT) if (k in op) entry[k] = str(op[k]) || (k.startsWith('period_note') ? null : 'TODO');
  if (yes(op.no_doc_number)) entry.doc_number = NO_DOC_NUMBER;
  else if ('doc_number' in op) entry.doc_number = str(op.doc_number) || 'TODO';
  for (const k of ['kind', 'level', 'jurisdiction']) if (str(op[k])) entry[k] = str(op[k]);
  if (str(op.jurisdiction) && !rows(files, inputs.jurisdictions).some((j) => j.id === str(op.jurisdiction)))
    throw new OpError(
      `jurisdiction "${str(op.jurisdiction)}" is not a known place: add it under 新增辖区 / Add a place`,
    );
  if (str(op.kind) && !rows(files, inputs.documentKinds).some((k) => k.id === str(op.kind)))
    throw new OpError(`kind "${str(op.kind)}" is not in ${inputs.documentKinds}`);
  if ('date_quote' in op) entry.date_quote = str(op.date_quote).replace(/\s+/gu, ' ') || null;
  if ('date_issued' in op) {
    // The date the quote states, when the curator quoted it without typing it.
    const stated = extractMentions(str(entry.date_quote))
      .map((m) => m.iso ?? '')
      .filter((iso) => /^\d{4}-\d{2}-\d{2}$/u.test(iso));
    entry.date_issued = date(op, 'date_issued') ?? (stated.length === 1 ? stated[0] : null);
  }
  for (const k of ['period_start', 'period_end']) if (k in op) entry[k] = date(op, k) ?? null;
  const touched = Object.keys(op).filter((k) => k in ManifestEntry.shape);
  const parsed = ManifestEntry.safeParse(entry);
  const issue = parsed.success
    ? undefined
    : parsed.error.issues.find((i) => touched.includes(String(i.path[0])) && entry[String(i.path[0])] !== 'TODO');
  if (issue) throw new OpError(`${issue.path.map(String).join('.')}: ${issue.message}`);
  files.set(inputs.manifest, manifest as unknown as Json);
  return [inputs.manifest, ...draftChange(files, doc, before, entry)];
}

/** The measure an indicator's unit implies: % is a percentage, 元 money, any measure word a count. */
const measureOf = (unit: string) => (unit === '%' ? 'percent' : unit === '元' ? 'money' : 'count');

/** An id from an English name: lower-case words joined by "-". */
export const idFromName = (name: string) =>
  name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60)
    .replace(/-+$/u, '');

function addIndicator(files: Files, doc: string, op: Op): string[] {
  need(op, 'name_zh', 'name_en', 'definition_zh', 'definition_en', 'unit', 'unit_en', 'flow_stock', 'topic');
  const id = str(op.id) || idFromName(str(op.name_en));
  const inds = rows(files, inputs.indicators);
  if (inds.some((i) => i.id === id)) throw new OpError(`indicator "${id}" already exists: choose it, or another id`);
  const row: Json = {
    id,
    name_zh: str(op.name_zh),
    name_en: str(op.name_en),
    definition_zh: str(op.definition_zh),
    definition_en: str(op.definition_en),
    unit: str(op.unit),
    unit_en: str(op.unit_en),
    measure: str(op.measure) || measureOf(str(op.unit)),
    topic: str(op.topic),
    flow_stock: str(op.flow_stock),
    base: str(op.base) || null,
  };
  const problem = schemaProblem(IndicatorRow.safeParse(row));
  if (problem) throw new OpError(problem);
  if (row.base && !inds.some((i) => i.id === row.base)) throw new OpError(`base: no indicator "${str(row.base)}"`);
  inds.push(row);
  files.set(inputs.indicators, inds as unknown as Json);
  const changed = [inputs.indicators];
  // The figure the form sits with takes the new indicator at once.
  const target = /^(observations|tasks)\[(\d+)\]$/u.exec(str(op.apply_to));
  if (target) {
    const path = annotationPath(doc);
    const file = files.get(path);
    const entry = at(file, target[1]!, target[2]);
    if (target[1] === 'observations') entry.indicator = id;
    else if (entry.target) (entry.target as Json).indicator = id;
    files.set(path, file);
    changed.push(path);
  }
  return changed;
}

/** A new place: checked against the schema, and its parent, id and code against the places already there. */
export function addJurisdiction(files: Files, op: Op): string[] {
  const places = rows(files, inputs.jurisdictions);
  const row = {
    id: str(op.id),
    name_zh: str(op.name_zh),
    name_en: str(op.name_en),
    level: str(op.level),
    parent: str(op.parent) || null,
    code: str(op.code),
  };
  const problem = schemaProblem(JurisdictionRow.safeParse(row));
  if (problem) throw new OpError(problem);
  if (places.some((p) => p.id === row.id)) throw new OpError(`id: "${row.id}" is already a place; choose another`);
  const sharing = places.find((p) => p.code === row.code);
  if (sharing)
    throw new OpError(`code: ${row.code} is already the code of ${str(sharing.name_zh)} (${str(sharing.id)})`);
  if (row.parent && !places.some((p) => p.id === row.parent))
    throw new OpError(`parent: "${row.parent}" is not a place; choose one of the places listed`);
  if (!row.parent && !['national', 'provincial'].includes(row.level))
    throw new OpError(`parent: a ${row.level} place lies inside another; choose the place that encloses it`);
  places.push(row);
  files.set(inputs.jurisdictions, places as unknown as Json);
  return [inputs.jurisdictions];
}

function updateChange(files: Files, doc: string, op: Op): string[] {
  const log = rows(files, inputs.changelog);
  const mine = log.find((c) => c.id === changeId(doc));
  if (!mine) throw new OpError('this document has no changelog entry yet: save its details first');
  need(op, 'date', 'summary_zh', 'summary_en');
  Object.assign(mine, {
    date: date(op, 'date'),
    kind: str(op.kind) || mine.kind,
    summary_zh: str(op.summary_zh),
    summary_en: str(op.summary_en),
  });
  if (!(ChangeKind.options as readonly unknown[]).includes(mine.kind))
    throw new OpError(`kind: "${str(mine.kind)}" is not a kind of change`);
  const problem = schemaProblem(ChangeRow.safeParse(mine));
  if (problem) throw new OpError(problem);
  files.set(inputs.changelog, log as unknown as Json);
  return [inputs.changelog];
}

export function apply(files: Files, doc: string, op: Op): string[] {
  const path = annotationPath(doc);
  const file = files.get(path);
  const done = (...more: string[]) => {
    files.set(path, file);
    return [path, ...more];
  };
  switch (op.op) {
    case 'observation.accept': {
      const d = at(file, 'observations', op.index);
      list(file, 'observations')[indexOf(op)] = observation(d, op);
      return done();
    }
    case 'observation.another': {
      // One number, several figures (见面率、满意率均达100%): a copy of the entry, to be filed under another indicator.
      const d = at(file, 'observations', op.index);
      const copy: Json = { ...d, draft: true, id: nextObservationId(doc, file), indicator: null };
      list(file, 'observations').splice(indexOf(op) + 1, 0, copy);
      return done();
    }
    case 'observation.not-statistic': {
      need(op, 'reason', 'reason_zh');
      const d = at(file, 'observations', op.index);
      const others = list(file, 'observations').filter(
        (o, i) => i !== indexOf(op) && o.quote === d.quote && o.mention === d.mention,
      );
      list(file, 'observations').splice(indexOf(op), 1);
      // A number another figure still uses is accounted for by it; only the last one makes it a not-statistic.
      if (!others.length)
        list(file, 'not_statistics').push(notStatistic({ ...op, quote: str(op.quote) || d.quote }, d));
      return done();
    }
    case 'observation.target': {
      // A number a plan's task sets as its goal (新增工作站不少于5个) drafted as a figure: it becomes that task's target.
      const d = at(file, 'observations', op.index);
      const holder = list(file, 'tasks').find((t) => compactText(str(t.quote)).includes(compactText(str(d.quote))));
      if (!holder)
        throw new OpError(
          `no task of this plan quotes "${str(d.quote)}": accept the task that holds it with its whole item first`,
        );
      if (holder.target) throw new OpError(`task ${str(holder.number)} already has a target: one target a task`);
      holder.target = {
        indicator: d.indicator ?? null,
        indicator_candidates: d.indicator_candidates,
        comparator: d.qualifier === 'more_than' ? 'gt' : 'gte',
        quote: d.quote,
        mention: d.mention,
        value: d.value,
        low: d.low,
        high: d.high,
      };
      Object.assign(holder, { type: 'quantitative', draft: true });
      list(file, 'observations').splice(indexOf(op), 1);
      return done();
    }
    case 'not-statistic.accept': {
      need(op, 'reason', 'reason_zh', 'quote');
      const d = at(file, 'not_statistics', op.index);
      list(file, 'not_statistics')[indexOf(op)] = notStatistic(op, d);
      return done();
    }
    case 'not-statistic.observation': {
      const d = at(file, 'not_statistics', op.index);
      const drafted = draftObservation(files, doc, file, str(d.quote), opt(d.mention));
      list(file, 'not_statistics').splice(indexOf(op), 1);
      list(file, 'observations').push(drafted);
      return done();
    }
    case 'task.accept': {
      list(file, 'tasks')[indexOf(op)] = task(at(file, 'tasks', op.index), op);
      return done();
    }
    case 'task.dismiss': {
      at(file, 'tasks', op.index);
      list(file, 'tasks').splice(indexOf(op), 1);
      return done();
    }
    case 'task.split': {
      const d = at(file, 'tasks', op.index);
      const quote = str(d.quote);
      const cut = quote.indexOf(str(op.second));
      if (!str(op.second) || cut <= 0)
        throw new OpError('choose where the second task begins: a passage inside the quote');
      const tasks = list(file, 'tasks');
      const second = {
        ...d,
        id: `${str(d.id)}-b`,
        quote: quote.slice(cut),
        summary_zh: quote.slice(cut),
        draft: true,
      };
      tasks.splice(indexOf(op), 1, { ...d, quote: quote.slice(0, cut), draft: true }, second);
      return done();
    }
    case 'task.merge': {
      const a = at(file, 'tasks', op.index);
      const b = at(file, 'tasks', indexOf(op) + 1);
      list(file, 'tasks').splice(indexOf(op), 2, { ...a, quote: `${str(a.quote)}${str(b.quote)}`, draft: true });
      return done();
    }
    case 'evidence.accept': {
      need(op, 'status', 'as_of', 'rationale_zh', 'rationale_en');
      const s = at(file, 'evidence_suggestions', op.index);
      const planPath = annotationPath(str(s.plan));
      const plan = files.get(planPath);
      const assessments = list(plan, 'assessments');
      const asOf = date(op, 'as_of');
      // A status belongs to a date: a later reading is a new entry of the task's history; the same date, the same one.
      let a = assessments.find((x) => x.task === s.task && x.as_of === asOf);
      if (!a) assessments.push((a = { task: s.task, evidence: [] }));
      Object.assign(a, {
        status: str(op.status),
        as_of: asOf,
        rationale_zh: str(op.rationale_zh),
        rationale_en: str(op.rationale_en),
      });
      list(a, 'evidence').push({
        document: doc,
        quote: str(op.quote) || s.quote,
        note_zh: opt(op.note_zh),
        note_en: opt(op.note_en),
      });
      list(file, 'evidence_suggestions').splice(indexOf(op), 1);
      files.set(planPath, plan);
      return done(planPath);
    }
    case 'evidence.dismiss': {
      const s = at(file, 'evidence_suggestions', op.index);
      file.evidence_suggestions = list(file, 'evidence_suggestions').filter((x) =>
        yes(op.all) ? x.task !== s.task : x !== s,
      );
      return done();
    }
    case 'evidence.dismiss-rest': {
      file.evidence_suggestions = [];
      return done();
    }
    case 'indicator.add':
      return addIndicator(files, doc, op);
    case 'manifest.update':
      return updateManifest(files, doc, op);
    case 'changelog.update':
      return updateChange(files, doc, op);
    default:
      throw new OpError(`unknown operation "${str(op.op)}"`);
  }
}
