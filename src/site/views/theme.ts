// Themes: every task on the same ground across plans and places, grouped by plan, and the theme × plan matrix.
import type { MatrixInput } from '../charts/theme-matrix.ts';
import type { DocumentRow, ThemeRow } from '../../schemas/index.ts';
import type { SiteData } from '../data/data.ts';
import type { TaskView } from '../data/related.ts';
import { perData, perId } from '../data/memo.ts';
import { statusCounts, type StatusCount } from './status.ts';
import { taskIndex } from './task.ts';

export interface ThemePlan {
  doc: DocumentRow;
  tasks: TaskView[];
  counts: StatusCount[];
}

export interface ThemeView {
  theme: ThemeRow;
  /** Plans with at least one task on the theme, in dataset order. */
  plans: ThemePlan[];
  total: number;
}

export const themeViews = perData((data: SiteData): ThemeView[] => {
  const { views } = taskIndex(data);
  return data.themes.map((theme) => {
    const ids = new Set(data.task_themes.filter((r) => r.theme_id === theme.id).map((r) => r.task_id));
    const plans = data.plans
      .map((doc) => {
        const tasks = [...views.values()]
          .filter((v) => v.plan.id === doc.id && ids.has(v.view.task.id))
          .map((v) => v.view);
        return { doc, tasks, counts: statusCounts(tasks.map((v) => v.assessment.status)) };
      })
      .filter((p) => p.tasks.length > 0);
    return { theme, plans, total: ids.size };
  });
});

export const themeView = perId((data: SiteData, id: string): ThemeView => {
  const view = themeViews(data).find((v) => v.theme.id === id);
  if (!view) throw new Error(`no theme ${id}`);
  return view;
});

/**
 * The matrix's rows and columns: every theme, and the plans with at least one task on a theme (a plan whose tasks are
 * not yet curated would be an empty column, and a corpus of hundreds of plans a matrix nobody could read), with the
 * latest status of each task on both. No plan at all while no task has a theme: the matrix is then left out.
 */
export const matrixInput = perData((data: SiteData): Omit<MatrixInput, 'href'> => {
  const cells = themeViews(data).flatMap((v) =>
    v.plans.map((p) => ({
      theme_id: v.theme.id,
      plan_id: p.doc.id,
      statuses: p.tasks.map((t) => t.assessment.status),
    })),
  );
  const shown = new Set(cells.map((c) => c.plan_id));
  return { themes: data.themes, plans: data.plans.filter((p) => shown.has(p.id)), cells };
});
