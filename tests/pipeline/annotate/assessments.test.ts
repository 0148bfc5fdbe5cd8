import { describe, expect, it } from 'vitest';
import { collectAssessments } from '../../../src/pipeline/annotate/assessments.ts';
import type { AnnotationFile } from '../../../src/schemas/index.ts';
import { planAnnotation } from '../fixture.ts';
import { messageOf, PLAN_FILE, testContext } from './context.ts';

const list = () => planAnnotation().assessments as AnnotationFile['assessments'];

describe('assessments pass', () => {
  it('keeps each curated assessment pending with its file, entry and plan', () => {
    const { ctx, plan } = testContext();
    collectAssessments(ctx, PLAN_FILE, plan, new Set(['t1', 't2']), list());
    expect(ctx.assessments.map((p) => [p.file, p.entry, p.plan.entry.id, p.annotation.task])).toEqual([
      [PLAN_FILE, 'assessments[0] "t2"', 'test-plan', 't2'],
    ]);
  });

  it('refuses an assessment of a task its file does not define', () => {
    const { ctx, plan } = testContext();
    expect(messageOf(() => collectAssessments(ctx, PLAN_FILE, plan, new Set(['t1']), list()))).toBe(
      `${PLAN_FILE} › assessments[0] "t2": unknown task "t2". Fix: assess a task defined in the same file`,
    );
  });
});
