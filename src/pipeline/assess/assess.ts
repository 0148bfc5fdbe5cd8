// Stage 3b: every task's history of dated assessments. Quantitative targets get computed ones (assess-computed.ts),
// other tasks curated ones (assess-curated.ts) or the honest default, `no_evidence`.
import type { AssessmentRow, EvidenceRow } from '../../schemas/index.ts';
import type { PendingAssessment } from '../annotate/context.ts';
import type { Annotated } from '../annotate/annotations.ts';
import { computedHistory, type Judged } from './computed.ts';
import { checkCurated } from './curated.ts';
import { DataError } from '../../shared/errors.ts';

/**
 * Every task's history of dated assessments, oldest first: curated ones checked, quantitative ones computed from
 * each published figure, and `no_evidence` as of the latest document's date (`asOfAll`) for a task nobody has
 * assessed. The newest of each task is marked latest.
 */
export function assess(
  annotated: Annotated,
  asOfAll: string,
): { assessments: AssessmentRow[]; evidence: EvidenceRow[] } {
  const { sources } = annotated;
  const issued = new Map([...sources].map(([id, s]) => [id, s.entry.date_issued]));
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
      ? computedHistory(target, annotated.observations, plan, asOfAll, issued)
      : pending.length > 0
        ? pending.map((p) => checkCurated(p, sources))
        : [
            {
              row: {
                status: 'no_evidence',
                computed: false,
                as_of: asOfAll,
                rationale_zh: '本库中该规划之后发布的文件均未报告此项任务的进展',
                rationale_en: 'No document in this collection published after the plan reports progress on this task.',
                evidence_count: 0,
                latest_observation_id: null,
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
