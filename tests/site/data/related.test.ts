import { describe, expect, it } from 'vitest';
import { bySection, derivedFor, inputIds, planTasks, targetView } from '../../../src/site/data/related.ts';
import type { TaskRow } from '../../../src/schemas/index.ts';
import { DATA, dataWith } from '../site-fixture.ts';

describe('inputIds', () => {
  it('splits a derived row’s inputs on any white space', () => {
    expect(inputIds({ ...DATA.derived[0]!, inputs: ' a  b\tc ' })).toEqual(['a', 'b', 'c']);
  });
});

describe('derivedFor', () => {
  it('finds every derived metric computed on, from or checked against an indicator, and no other', () => {
    const indicatorOf = new Map(DATA.observations.map((o) => [o.id, o.indicator_id]));
    for (const indicator of DATA.indicators) {
      const found = new Set(derivedFor(DATA, indicator).map((d) => d.id));
      for (const d of DATA.derived) {
        const related =
          d.indicator_id === indicator.id ||
          inputIds(d).some((id) => indicatorOf.get(id) === indicator.id) ||
          indicatorOf.get(d.reported_observation_id ?? '') === indicator.id;
        expect(found.has(d.id), `${d.id} for ${indicator.id}`).toBe(related);
      }
    }
  });
});

describe('planTasks', () => {
  const plan = DATA.plans[0]!;
  const views = planTasks(DATA, plan.id);

  it('lists the plan’s tasks in the document’s order, each with its own assessment and evidence', () => {
    const inDocument = DATA.tasks
      .filter((t) => t.document_id === plan.id)
      .sort((a, b) => a.quote_start - b.quote_start)
      .map((t) => t.id);
    expect(views.map((v) => v.task.id)).toEqual(inDocument);
    // The datasets list them in some other order: the test tells the two apart.
    expect(
      DATA.plans.some((p) =>
        planTasks(DATA, p.id).some((v, i, all) => i > 0 && v.task.quote_start < all[i - 1]!.task.quote_start),
      ),
    ).toBe(false);
    for (const v of views) {
      expect(v.assessment.task_id).toBe(v.task.id);
      expect(v.evidence.every((e) => e.assessment_id === v.assessment.id)).toBe(true);
      expect(v.evidence.length).toBe(DATA.evidence.filter((e) => e.assessment_id === v.assessment.id).length);
    }
  });

  it('resolves each target against its indicator, baseline and latest observation', () => {
    const withTargets = DATA.plans.flatMap((p) => planTasks(DATA, p.id)).filter((v) => v.target);
    expect(withTargets.length).toBe(DATA.targets.length);
    for (const { target } of withTargets) {
      expect(target!.indicator.id).toBe(target!.row.indicator_id);
      expect(target!.baseline?.id ?? null).toBe(target!.row.baseline_observation_id);
      if (target!.latest) expect(target!.latest.id).not.toBe(target!.row.baseline_observation_id);
      expect(target!.hasIndicatorPage).toBe(DATA.observedIndicators.some((i) => i.id === target!.indicator.id));
    }
  });

  it('fails on a task with no assessment, naming the task', () => {
    const task = views[0]!.task;
    const broken = dataWith({ assessments: DATA.assessments.filter((a) => a.task_id !== task.id) });
    expect(() => planTasks(broken, plan.id)).toThrow(new RegExp(`task ${task.id} has no assessment`));
  });

  it('fails on a target measured on an unknown indicator', () => {
    const row = { ...DATA.targets[0]!, indicator_id: 'no-such-indicator' };
    expect(() => targetView(DATA, row, DATA.latestAssessments[0]!, DATA.tasks[0]!)).toThrow(
      /unknown indicator no-such-indicator/,
    );
  });
});

describe('bySection', () => {
  const task = (id: string, section: string): { task: TaskRow } => ({
    task: { ...DATA.tasks[0]!, id, section_zh: section, section_en: `EN ${section}` },
  });

  it('groups tasks by heading, sections in the order they first appear, even when a heading recurs', () => {
    const sections = bySection([task('1', '甲'), task('2', '乙'), task('3', '甲')]);
    expect(sections.map((s) => [s.zh, s.en, s.items.map((v) => v.task.id)])).toEqual([
      ['甲', 'EN 甲', ['1', '3']],
      ['乙', 'EN 乙', ['2']],
    ]);
  });
});
