import { describe, expect, it } from 'vitest';
import { resolveObservations } from '../../../src/pipeline/annotate/observations.ts';
import { resolveTargets } from '../../../src/pipeline/annotate/targets.ts';
import { resolveTasks } from '../../../src/pipeline/annotate/tasks.ts';
import type { AnnotationFile } from '../../../src/schemas/index.ts';
import { planAnnotation, replyAnnotation } from '../fixture.ts';
import { messageOf, PLAN_FILE, REPLY_FILE, testContext } from './context.ts';

/** A context after the per-file passes, with the plan's first task's target changed by `edit`. */
function pending(edit: (t: Record<string, unknown>) => void = () => {}) {
  const { ctx, plan, reply } = testContext();
  const ann = planAnnotation() as unknown as AnnotationFile;
  edit(ann.tasks[0]!.target as unknown as Record<string, unknown>);
  resolveObservations(ctx, PLAN_FILE, plan, ann.observations);
  resolveObservations(ctx, REPLY_FILE, reply, replyAnnotation().observations as AnnotationFile['observations']);
  resolveTasks(ctx, PLAN_FILE, plan, ann.tasks);
  return ctx;
}

describe('targets pass', () => {
  it('takes a baseline-only target value from its baseline observation', () => {
    const ctx = pending();
    resolveTargets(ctx);
    expect(ctx.targets).toEqual([
      expect.objectContaining({
        id: 't1-target',
        task_id: 't1',
        comparator: 'gt',
        target_value: 24,
        qualifier: null,
        baseline_observation_id: 'workstations-2023-03',
        baseline_value: 24,
        document_id: 'test-plan',
      }),
    ]);
  });

  it('refuses an unknown baseline and a baseline on another indicator', () => {
    const unknown = pending((t) => (t.baseline_observation = 'nowhere'));
    expect(messageOf(() => resolveTargets(unknown))).toMatch(
      /tasks\[0\] "t1"\.target: unknown baseline observation "nowhere"/,
    );
    const other = pending((t) => (t.baseline_observation = 'preexam-cases-2023'));
    expect(messageOf(() => resolveTargets(other))).toMatch(
      /baseline "preexam-cases-2023" measures fast-preexam-cases, not rights-assistance-workstations/,
    );
  });

  it('refuses a target with neither value, baseline nor reference', () => {
    const ctx = pending((t) => delete t.baseline_observation);
    expect(messageOf(() => resolveTargets(ctx))).toMatch(/the target has no value, baseline or reference level/);
  });
});
