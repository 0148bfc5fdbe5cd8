// Annotation files as the project writes them: keys in the order of the schemas (so a reviewer's diff shows only
// what changed), two-space indent, a final newline. Keys a schema does not know (a draft's working fields) follow.
import {
  AnnotationFile,
  AssessmentAnnotation,
  NotStatisticAnnotation,
  ObservationAnnotation,
  TaskAnnotation,
} from '../../schemas/annotation.ts';
import { EvidenceAnnotation, TargetAnnotation } from '../../schemas/annotation.ts';

type Json = Record<string, unknown>;

function ordered(value: unknown, keys: readonly string[]): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const v = value as Json;
  const out: Json = {};
  for (const k of keys) if (k in v && v[k] !== undefined) out[k] = v[k];
  for (const k of Object.keys(v)) if (!(k in out) && v[k] !== undefined) out[k] = v[k];
  return out;
}

const keys = (schema: { shape: object }) => Object.keys(schema.shape);

/** One annotation file in the project's key order. */
export function canonicalAnnotation(file: Json): Json {
  const list = (name: string, fn: (e: Json) => unknown) =>
    Array.isArray(file[name]) ? (file[name] as Json[]).map(fn) : file[name];
  const task = (t: Json) => {
    const o = ordered(t, keys(TaskAnnotation)) as Json;
    if (o.target) o.target = ordered(o.target, keys(TargetAnnotation));
    return o;
  };
  const assessment = (a: Json) => {
    const o = ordered(a, keys(AssessmentAnnotation)) as Json;
    if (Array.isArray(o.evidence)) o.evidence = (o.evidence as Json[]).map((e) => ordered(e, keys(EvidenceAnnotation)));
    return o;
  };
  const out = ordered(
    {
      ...file,
      observations: list('observations', (e) => ordered(e, keys(ObservationAnnotation))),
      tasks: list('tasks', task),
      assessments: list('assessments', assessment),
      not_statistics: list('not_statistics', (e) => ordered(e, keys(NotStatisticAnnotation))),
    },
    [...keys(AnnotationFile), 'evidence_suggestions'],
  ) as Json;
  if (Array.isArray(out.evidence_suggestions) && out.evidence_suggestions.length === 0) delete out.evidence_suggestions;
  return out;
}
