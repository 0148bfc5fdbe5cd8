import { describe, expect, it } from 'vitest';
import { planLineage, taskIds, taskPageView, taskThemes } from '../../../src/site/views/task.ts';
import { matrixInput, themeView, themeViews } from '../../../src/site/views/theme.ts';
import { DATA, dataWith } from '../site-fixture.ts';

describe('taskPageView', () => {
  it('gives every task of every plan a page', () => {
    expect(taskIds(DATA).sort()).toEqual(DATA.tasks.map((t) => t.id).sort());
  });

  it('holds every dated assessment oldest first, the last being the status now', () => {
    for (const id of taskIds(DATA)) {
      const { history, view } = taskPageView(DATA, id);
      const dates = history.map((h) => h.assessment.as_of);
      expect(dates).toEqual([...dates].sort());
      expect(history).toHaveLength(DATA.assessments.filter((a) => a.task_id === id).length);
      expect(history.at(-1)!.assessment).toBe(view.assessment);
      for (const h of history) expect(h.evidence.every((e) => e.assessment_id === h.assessment.id)).toBe(true);
    }
  });

  it('links both ends of every lineage link', () => {
    for (const l of DATA.task_links) {
      expect(taskPageView(DATA, l.from).continuedIn.map((c) => c.view.task.id)).toContain(l.to);
      expect(taskPageView(DATA, l.to).continues.map((c) => c.view.task.id)).toContain(l.from);
    }
  });

  it("counts a plan's lineage links into and out of it", () => {
    for (const plan of DATA.plans) {
      const { into, outOf } = planLineage(DATA, plan.id);
      const ids = new Set(DATA.tasks.filter((t) => t.document_id === plan.id).map((t) => t.id));
      expect(into.length).toBe(DATA.task_links.filter((l) => ids.has(l.to)).length);
      expect(outOf.length).toBe(DATA.task_links.filter((l) => ids.has(l.from)).length);
    }
  });

  it('names the link and the task when a link names a task no plan has', () => {
    const [first] = DATA.task_links;
    const data = dataWith({ task_links: [{ ...first!, from: 'nowhere' }] });
    expect(() => taskPageView(data, first!.to)).toThrow(new RegExp(`${first!.id}.*nowhere`));
  });
});

describe('themeViews', () => {
  it('puts every tagged task on its theme, grouped by plan, and gives each task its themes', () => {
    for (const v of themeViews(DATA)) {
      const rows = DATA.task_themes.filter((r) => r.theme_id === v.theme.id);
      expect(v.total).toBe(rows.length);
      expect(v.plans.flatMap((p) => p.tasks.map((t) => t.task.id)).sort()).toEqual(rows.map((r) => r.task_id).sort());
      for (const p of v.plans) expect(p.tasks.every((t) => t.task.document_id === p.doc.id)).toBe(true);
    }
    for (const r of DATA.task_themes) expect(taskThemes(DATA, r.task_id).map((t) => t.id)).toContain(r.theme_id);
    expect(() => themeView(DATA, 'nowhere')).toThrow(/no theme nowhere/);
  });

  it('gives the matrix one cell per theme and plan with tasks, of their latest statuses', () => {
    const { cells } = matrixInput(DATA);
    expect(cells.reduce((n, c) => n + c.statuses.length, 0)).toBe(DATA.task_themes.length);
    const latest = new Map(DATA.latestAssessments.map((a) => [a.task_id, a.status]));
    const cell = cells[0]!;
    const ids = DATA.task_themes.filter((r) => r.theme_id === cell.theme_id && r.plan_id === cell.plan_id);
    expect([...cell.statuses].sort()).toEqual(ids.map((r) => latest.get(r.task_id)).sort());
  });
});
