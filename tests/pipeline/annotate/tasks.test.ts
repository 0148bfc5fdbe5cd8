import { describe, expect, it } from 'vitest';
import { resolveTasks } from '../../../src/pipeline/annotate/tasks.ts';
import type { AnnotationFile } from '../../../src/schemas/index.ts';
import { planAnnotation } from '../fixture.ts';
import { messageOf, PLAN_FILE, REPLY_FILE, testContext } from './context.ts';

const tasks = () => planAnnotation().tasks as AnnotationFile['tasks'];

describe('tasks pass', () => {
  it('locates each task, gives it the plan period end as an inferred deadline and leaves the target pending', () => {
    const { ctx, plan } = testContext();
    const ids = resolveTasks(ctx, PLAN_FILE, plan, tasks());
    expect([...ids]).toEqual(['t1', 't2']);
    expect(ctx.tasks.map((t) => [t.id, t.deadline, t.deadline_inferred, t.document_id])).toEqual([
      ['t1', '2023-12-31', true, 'test-plan'],
      ['t2', '2023-12-31', true, 'test-plan'],
    ]);
    expect(ctx.taskThemes.map((r) => r.id)).toEqual(['t1--rights-assistance', 't2--publicity', 't2--talent']);
    expect(ctx.pendingTargets.map((p) => [p.task.id, p.entry])).toEqual([['t1', 'tasks[0] "t1".target']]);
    expect(ctx.targets).toEqual([]);
  });

  it('refuses tasks in a document that is not a plan', () => {
    const { ctx, reply } = testContext();
    const list = tasks();
    list[1]!.quote = '组织专题培训活动';
    expect(messageOf(() => resolveTasks(ctx, REPLY_FILE, reply, [list[1]!]))).toMatch(
      /reply\.txt is a proposal_reply, not a plan\. Fix: move the task to the annotation file of the plan that sets it/,
    );
  });

  it('refuses a quantitative task without a target and a milestone without a deadline', () => {
    const { ctx, plan } = testContext();
    const [t1, t2] = tasks();
    expect(messageOf(() => resolveTasks(ctx, PLAN_FILE, plan, [{ ...t1!, target: undefined }]))).toMatch(
      /a quantitative task has no target/,
    );
    expect(messageOf(() => resolveTasks(testContext().ctx, PLAN_FILE, plan, [{ ...t2!, type: 'milestone' }]))).toMatch(
      /a milestone has no deadline/,
    );
  });
});
