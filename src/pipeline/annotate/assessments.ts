import type { AnnotationFile } from '../../schemas/index.ts';
import { DataError, entryName } from '../../shared/errors.ts';
import type { Source } from '../sources/sources.ts';
import type { AnnotationContext } from './context.ts';

/**
 * Assessments pass: each curated assessment must name a task of its own file. It is kept pending: its evidence is
 * checked by `assess()` once every document is known.
 */
export function collectAssessments(
  ctx: AnnotationContext,
  file: string,
  plan: Source,
  taskIds: ReadonlySet<string>,
  list: AnnotationFile['assessments'],
): void {
  list.forEach((a, i) => {
    const entry = entryName('assessments', i, a.task);
    if (!taskIds.has(a.task))
      throw new DataError(file, entry, `unknown task "${a.task}"`, 'assess a task defined in the same file');
    ctx.assessments.push({ file, entry, plan, annotation: a });
  });
}
