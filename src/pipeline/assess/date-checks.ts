// Dates the site reads meaning from (a target's progress, a timeline, "as of"), checked against the document each
// comes from, so a date that cannot be true stops the data build naming the entry, rather than the site build.
// Called from build.ts after the annotation passes (see annotations.ts for the per-entry checks of each pass).
import type { ManifestEntry, ObservationRow, TargetRow, TaskDraft } from '../../schemas/index.ts';
import { inputs } from '../../shared/files.ts';
import { DataError } from '../../shared/errors.ts';

interface Dated {
  observations: ObservationRow[];
  tasks: TaskDraft[];
  targets: TargetRow[];
}

/**
 * The last day a measured period can end for a document: the end of the year it was issued (a year's figure may be
 * curated as the whole year, "今年以来"), or of the build's year when it states no date. Later is a figure from the
 * future.
 */
const latestEnd = (doc: ManifestEntry, today: string) => `${(doc.date_issued ?? today).slice(0, 4)}-12-31`;

/** When a plan starts: its period's first day, else the day it was issued. */
const planStart = (doc: ManifestEntry) => doc.period_start ?? doc.date_issued;

/** `today` is the day of the build, YYYY-MM-DD (sources/build-day.ts). */
export function checkDates(data: Dated, documents: Map<string, ManifestEntry>, today: string): void {
  const file = (docId: string) => inputs.annotation(docId);
  for (const o of data.observations) {
    const doc = documents.get(o.document_id)!;
    const limit = latestEnd(doc, today);
    if (o.period_end > limit)
      throw new DataError(
        file(o.document_id),
        `observations "${o.id}"`,
        `the period ends ${o.period_end}, after the year the document reporting it was ${doc.date_issued ? `issued (${doc.date_issued})` : 'written (it is undated: the year of this build)'}: a measured figure cannot be from the future`,
        'correct period_start/period_end to the period the quote states (a figure still to be reached is a target)',
      );
    if (o.period_end < o.period_start)
      throw new DataError(
        file(o.document_id),
        `observations "${o.id}"`,
        `the period ends (${o.period_end}) before it starts (${o.period_start})`,
        'correct period_start or period_end',
      );
  }
  const tasks = new Map(data.tasks.map((t) => [t.id, t]));
  const early = (deadline: string | null, docId: string) => {
    const start = planStart(documents.get(docId)!);
    return deadline !== null && start !== null && deadline < start ? start : null;
  };
  for (const t of data.tasks) {
    const start = early(t.deadline, t.document_id);
    if (start)
      throw new DataError(
        file(t.document_id),
        `tasks "${t.id}"`,
        `the deadline ${t.deadline} is before the plan starts (${start})`,
        'correct the deadline to the date the text states (or leave it out when the text states none)',
      );
  }
  for (const g of data.targets) {
    const task = tasks.get(g.task_id)!;
    const start = early(g.deadline, task.document_id);
    if (start)
      throw new DataError(
        file(task.document_id),
        `tasks "${task.id}" › target`,
        `the target's deadline ${g.deadline} is before the plan starts (${start})`,
        'correct the deadline: the end of the plan period unless the text states another',
      );
  }
}
