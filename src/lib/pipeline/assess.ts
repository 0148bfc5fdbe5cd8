// Stage 3b: one assessment per task. Quantitative targets get a computed status (assess-computed.ts), other tasks
// a curated one (assess-curated.ts) or the honest default, `no_evidence`.
import type { AssessmentRow, EvidenceRow } from '../../schemas/index.ts';
import type { PendingAssessment } from './annotate/context.ts';
import type { Annotated } from './annotations.ts';
import { computeTarget } from './assess-computed.ts';
import { checkCurated } from './assess-curated.ts';
import { DataError } from './errors.ts';

/** The curated assessment of each task, refusing a task assessed twice. */
function curatedByTask(pending: PendingAssessment[]): Map<string, PendingAssessment> {
  const byTask = new Map<string, PendingAssessment>();
  for (const p of pending) {
    if (byTask.has(p.annotation.task))
      throw new DataError(
        p.file,
        p.entry,
        `task "${p.annotation.task}" is assessed twice`,
        'keep one assessment per task',
      );
    byTask.set(p.annotation.task, p);
  }
  return byTask;
}

/** One assessment per task: curated ones checked, quantitative ones computed, the rest `no_evidence`. */
export function assess(annotated: Annotated): { assessments: AssessmentRow[]; evidence: EvidenceRow[] } {
  const { sources } = annotated;
  const dates = [...sources.values()].map((s) => s.entry.date_issued).filter((d): d is string => d !== null);
  const asOfAll = dates.sort().at(-1) ?? '';
  const curated = curatedByTask(annotated.assessments);
  const targets = new Map(annotated.targets.map((t) => [t.task_id, t]));
  const assessments: AssessmentRow[] = [];
  const evidence: EvidenceRow[] = [];

  for (const task of annotated.tasks) {
    const plan = sources.get(task.document_id)!;
    const id = `${task.id}-assessment`;
    const head = { id, task_id: task.id, plan_id: plan.entry.id, plan_doc_number: plan.entry.doc_number };
    const target = targets.get(task.id);
    const pending = curated.get(task.id);
    if (target) {
      if (pending)
        throw new DataError(
          pending.file,
          pending.entry,
          `task "${task.id}" is quantitative: its status is computed from observations`,
          'remove this assessment; add an observation instead',
        );
      const { evidence: obs, ...row } = computeTarget(task, target, annotated.observations, plan, asOfAll);
      assessments.push({ ...head, ...row, evidence_count: obs ? 1 : 0 });
      if (obs) {
        evidence.push({
          id: `${id}-e1`,
          assessment_id: id,
          task_id: task.id,
          document_id: obs.document_id,
          doc_number: obs.doc_number,
          quote: obs.quote,
          quote_start: obs.quote_start,
          quote_end: obs.quote_end,
          note_zh: `观测值 ${obs.id}`,
          note_en: `Observation ${obs.id}`,
        });
      }
      continue;
    }
    if (!pending) {
      assessments.push({
        ...head,
        status: 'no_evidence',
        computed: false,
        as_of: asOfAll,
        rationale_zh: '本库中该规划之后发布的文件均未报告此项任务的进展',
        rationale_en: 'No document in this corpus published after the plan reports progress on this task.',
        evidence_count: 0,
      });
      continue;
    }
    const { evidence: cited, ...row } = checkCurated(pending, id, sources);
    evidence.push(...cited);
    assessments.push({ ...head, ...row, evidence_count: cited.length });
  }
  return { assessments, evidence };
}
