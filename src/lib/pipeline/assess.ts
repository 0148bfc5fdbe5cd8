import type { AssessmentRow, EvidenceRow } from '../../schemas/index.ts';
import { locate, type Annotated, type PendingAssessment } from './annotations.ts';
import { DataError } from './errors.ts';
import type { Source } from './sources.ts';
import { computedHistory, planDate, type Judged } from './target-status.ts';

export { latestObservation, planDate } from './target-status.ts';

/** A curated assessment checked against the documents it cites. */
function curatedOne(pending: PendingAssessment, sources: Map<string, Source>): Judged {
  const { file, entry, plan, annotation: a } = pending;
  if (a.status !== 'no_evidence' && a.evidence.length === 0)
    throw new DataError(
      file,
      entry,
      `status "${a.status}" cites no evidence`,
      'cite at least one quote from a document dated on or after the plan, or use "no_evidence"',
    );
  const since = planDate(plan);
  if (a.evidence.length > 0 && !since)
    throw new DataError(
      file,
      entry,
      `the plan ${plan.entry.file} has neither a date nor a period`,
      'record its period in the manifest before citing evidence',
    );
  if (since && a.as_of < since)
    throw new DataError(
      file,
      entry,
      `as_of ${a.as_of} is before the plan (${since})`,
      'use the date of the latest evidence document',
    );
  let newest = '';
  const evidence = a.evidence.map((ev, k) => {
    const ventry = `${entry}.evidence[${k}]`;
    const doc = sources.get(ev.document);
    if (!doc)
      throw new DataError(
        file,
        ventry,
        `unknown document "${ev.document}"`,
        'use an id from data/sources/manifest.json',
      );
    const docDate = doc.entry.date_issued;
    if (!docDate)
      throw new DataError(
        file,
        ventry,
        `${doc.entry.file} states no date, so it cannot show progress after the plan`,
        'cite a dated document',
      );
    if (docDate < since!)
      throw new DataError(
        file,
        ventry,
        `evidence dated ${docDate} is before the plan (${since})`,
        'cite a document dated on or after the plan',
      );
    if (docDate > a.as_of)
      throw new DataError(
        file,
        ventry,
        `evidence dated ${docDate} is after as_of ${a.as_of}`,
        'cite it in an assessment as of its date (a task may have one per date)',
      );
    if (docDate > newest) newest = docDate;
    const span = locate(doc, ev.quote, file, ventry);
    return {
      document_id: doc.entry.id,
      doc_number: doc.entry.doc_number,
      quote: ev.quote,
      quote_start: span.start,
      quote_end: span.end,
      note_zh: ev.note_zh ?? '',
      note_en: ev.note_en ?? '',
    };
  });
  if (newest && newest !== a.as_of)
    throw new DataError(
      file,
      entry,
      `as_of ${a.as_of} is later than the newest document cited (${newest})`,
      `set as_of to ${newest}: an assessment is as of the newest document it rests on`,
    );
  return {
    row: {
      status: a.status,
      computed: false,
      as_of: a.as_of,
      rationale_zh: a.rationale_zh,
      rationale_en: a.rationale_en,
      evidence_count: evidence.length,
    },
    evidence,
  };
}

/**
 * Every task's history of dated assessments, oldest first: curated ones checked, quantitative ones computed from
 * each published figure, and `no_evidence` for a task nobody has assessed. The newest of each task is marked latest.
 */
export function assess(annotated: Annotated): { assessments: AssessmentRow[]; evidence: EvidenceRow[] } {
  const { sources } = annotated;
  const dates = [...sources.values()].map((s) => s.entry.date_issued).filter((d): d is string => d !== null);
  const asOfAll = dates.sort().at(-1) ?? '';
  const curated = new Map<string, PendingAssessment[]>();
  for (const p of annotated.assessments) {
    const list = curated.get(p.annotation.task) ?? [];
    const twin = list.find((q) => q.annotation.as_of === p.annotation.as_of);
    if (twin)
      throw new DataError(
        p.file,
        p.entry,
        `task "${p.annotation.task}" is assessed twice as of ${p.annotation.as_of} (also ${twin.entry})`,
        'keep one assessment per task and date',
      );
    curated.set(p.annotation.task, [...list, p]);
  }
  const assessments: AssessmentRow[] = [];
  const evidence: EvidenceRow[] = [];

  for (const task of annotated.tasks) {
    const plan = sources.get(task.document_id)!;
    const target = annotated.targets.find((t) => t.task_id === task.id);
    const pending = curated.get(task.id) ?? [];
    if (target && pending.length > 0)
      throw new DataError(
        pending[0]!.file,
        pending[0]!.entry,
        `task "${task.id}" is quantitative: its status is computed from observations`,
        'remove this assessment; add an observation instead',
      );
    const history: Judged[] = target
      ? computedHistory(target, annotated.observations, plan, asOfAll)
      : pending.length > 0
        ? pending.map((p) => curatedOne(p, sources))
        : [
            {
              row: {
                status: 'no_evidence',
                computed: false,
                as_of: asOfAll,
                rationale_zh: '本库中该规划之后发布的文件均未报告此项任务的进展',
                rationale_en: 'No document in this collection published after the plan reports progress on this task.',
                evidence_count: 0,
              },
              evidence: [],
            },
          ];
    history.sort((a, b) => a.row.as_of.localeCompare(b.row.as_of));
    history.forEach(({ row, evidence: quotes }, i) => {
      const id = `${task.id}-${row.as_of}`;
      assessments.push({
        id,
        task_id: task.id,
        plan_id: plan.entry.id,
        plan_doc_number: plan.entry.doc_number,
        ...row,
        latest: i === history.length - 1,
      });
      quotes.forEach((q, k) => evidence.push({ id: `${id}-e${k + 1}`, assessment_id: id, task_id: task.id, ...q }));
    });
  }
  return { assessments, evidence };
}
