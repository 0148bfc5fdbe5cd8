// What a curator can do to a document's annotations, as pure edits of the parsed files. Each returns the paths it
// changed; the server writes them and runs the checks.
import { inputs } from '../../shared/files.ts';
import {
  NotStatisticAnnotation,
  ObservationAnnotation,
  TargetAnnotation,
  TaskAnnotation,
} from '../../schemas/annotation.ts';

type Json = Record<string, unknown>;

export interface Files {
  get(path: string): Json;
  set(path: string, value: Json): void;
}

export type Op = Json & { op: string };

const annotationPath = inputs.annotation;
const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const opt = (v: unknown) => str(v) || undefined;
const list = (file: Json, name: string) => ((file[name] as Json[] | undefined) ??= []) as Json[];

function at(file: Json, name: string, index: unknown): Json {
  const entry = list(file, name)[Number(index)];
  if (!entry) throw new OpError(`there is no ${name}[${String(index)}]: reload the page`);
  return entry;
}

export class OpError extends Error {}

function need(op: Op, ...fields: string[]) {
  for (const f of fields) if (!str(op[f])) throw new OpError(`${f} is required`);
}

/** A reviewed entry holds what its schema holds: the draft's working fields (candidates, proposals) are dropped. */
const reviewed = (d: Json, schema: { shape: object }): Json =>
  Object.fromEntries(Object.entries(d).filter(([k]) => k in schema.shape));
const ids = (v: unknown) =>
  (Array.isArray(v) ? v.map(String) : str(v).split(/[\s,，、]+/u)).map((x) => x.trim()).filter(Boolean);

function observation(d: Json, op: Op): Json {
  need(op, 'indicator', 'period_start', 'period_end', 'quote');
  return reviewed(
    {
      ...d,
      indicator: str(op.indicator),
      period_start: str(op.period_start),
      period_end: str(op.period_end),
      quote: str(op.quote),
      note_zh: opt(op.note_zh),
      note_en: opt(op.note_en),
    },
    ObservationAnnotation,
  );
}

function notStatistic(op: Op, d: Json): Json {
  return reviewed(
    { quote: str(op.quote), mention: d.mention, reason: str(op.reason), reason_zh: str(op.reason_zh) },
    NotStatisticAnnotation,
  );
}

function task(d: Json, op: Op): Json {
  need(op, 'number', 'section_zh', 'section_en', 'summary_zh', 'summary_en', 'quote', 'type');
  const out: Json = {
    ...d,
    number: str(op.number),
    section_zh: str(op.section_zh),
    section_en: str(op.section_en),
    summary_zh: str(op.summary_zh),
    summary_en: str(op.summary_en),
    quote: str(op.quote),
    type: str(op.type),
    deadline: opt(op.deadline),
    deadline_quote: opt(op.deadline) ? opt(op.deadline_quote) : undefined,
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
        deadline: str(op.target_deadline) || out.deadline,
      },
      TargetAnnotation,
    );
  }
  return reviewed(out, TaskAnnotation);
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
      const obs = list(file, 'observations');
      obs[Number(op.index)] = observation(at(file, 'observations', op.index), op);
      return done();
    }
    case 'observation.not-statistic': {
      need(op, 'reason');
      const d = at(file, 'observations', op.index);
      list(file, 'observations').splice(Number(op.index), 1);
      list(file, 'not_statistics').push(notStatistic({ ...op, quote: str(op.quote) || d.quote }, d));
      return done();
    }
    case 'not-statistic.accept': {
      need(op, 'reason', 'quote');
      const d = at(file, 'not_statistics', op.index);
      list(file, 'not_statistics')[Number(op.index)] = notStatistic(op, d);
      return done();
    }
    case 'task.accept': {
      list(file, 'tasks')[Number(op.index)] = task(at(file, 'tasks', op.index), op);
      return done();
    }
    case 'task.dismiss': {
      at(file, 'tasks', op.index);
      list(file, 'tasks').splice(Number(op.index), 1);
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
        id: `${String(d.id)}-b`,
        quote: quote.slice(cut),
        summary_zh: quote.slice(cut),
        draft: true,
      };
      tasks.splice(Number(op.index), 1, { ...d, quote: quote.slice(0, cut), draft: true }, second);
      return done();
    }
    case 'task.merge': {
      const a = at(file, 'tasks', op.index);
      const b = at(file, 'tasks', Number(op.index) + 1);
      list(file, 'tasks').splice(Number(op.index), 2, { ...a, quote: `${str(a.quote)}${str(b.quote)}`, draft: true });
      return done();
    }
    case 'evidence.accept': {
      need(op, 'status', 'as_of', 'rationale_zh', 'rationale_en');
      const s = at(file, 'evidence_suggestions', op.index);
      const planPath = annotationPath(str(s.plan));
      const plan = files.get(planPath);
      const assessments = list(plan, 'assessments');
      // A status belongs to a date: a later reading is a new entry of the task's history; the same date, the same one.
      let a = assessments.find((x) => x.task === s.task && x.as_of === str(op.as_of));
      if (!a) assessments.push((a = { task: s.task, evidence: [] }));
      Object.assign(a, {
        status: str(op.status),
        as_of: str(op.as_of),
        rationale_zh: str(op.rationale_zh),
        rationale_en: str(op.rationale_en),
      });
      list(a, 'evidence').push({
        document: doc,
        quote: str(op.quote) || s.quote,
        note_zh: opt(op.note_zh),
        note_en: opt(op.note_en),
      });
      list(file, 'evidence_suggestions').splice(Number(op.index), 1);
      files.set(planPath, plan);
      return done(planPath);
    }
    case 'evidence.dismiss': {
      const s = at(file, 'evidence_suggestions', op.index);
      file.evidence_suggestions = list(file, 'evidence_suggestions').filter((x) =>
        op.all ? x.task !== s.task : x !== s,
      );
      return done();
    }
    case 'evidence.dismiss-rest': {
      file.evidence_suggestions = [];
      return done();
    }
    case 'indicator.add': {
      need(op, 'id', 'name_zh', 'name_en', 'unit', 'unit_en', 'measure', 'topic', 'flow_stock');
      const path = inputs.indicators;
      const inds = files.get(path) as unknown as Json[];
      if (inds.some((i) => i.id === str(op.id))) throw new OpError(`indicator "${str(op.id)}" already exists`);
      inds.push({
        id: str(op.id),
        name_zh: str(op.name_zh),
        name_en: str(op.name_en),
        definition_zh: str(op.definition_zh) || str(op.name_zh),
        definition_en: str(op.definition_en) || str(op.name_en),
        unit: str(op.unit),
        unit_en: str(op.unit_en),
        measure: str(op.measure),
        topic: str(op.topic),
        flow_stock: str(op.flow_stock),
        base: str(op.base) || null,
      });
      files.set(path, inds as unknown as Json);
      return [path];
    }
    case 'manifest.update': {
      const path = inputs.manifest;
      const manifest = files.get(path) as unknown as Json[];
      const entry = manifest.find((e) => e.id === doc);
      if (!entry) throw new OpError(`${doc} is not in the manifest`);
      for (const k of ['title_zh', 'title_en', 'issuer_zh', 'issuer_en', 'doc_number', 'level', 'kind'])
        if (str(op[k])) entry[k] = str(op[k]);
      for (const k of ['period_start', 'period_end', 'period_note_zh', 'period_note_en'])
        if (k in op) entry[k] = str(op[k]) || null;
      files.set(path, manifest as unknown as Json);
      return [path];
    }
    default:
      throw new OpError(`unknown operation "${op.op}"`);
  }
}
