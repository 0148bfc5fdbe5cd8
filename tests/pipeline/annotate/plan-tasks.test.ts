import { describe, expect, it } from 'vitest';
import { buildDatasets } from '../../../src/pipeline/pipeline.ts';
import { DataError } from '../../../src/shared/errors.ts';
import { fixture, laterAnnotation, manifest, planAnnotation, PLAN_TEXT, replyAnnotation, themes } from '../fixture.ts';

function failure(parts: Parameters<typeof fixture>[0]): DataError {
  try {
    buildDatasets(fixture(parts));
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('the build did not fail');
}

describe('a task quotes its whole item', () => {
  it('locates a quote that runs over a line break as one passage', () => {
    const { datasets } = buildDatasets(fixture());
    const t1 = datasets.tasks.find((t) => t.id === 't1')!;
    const passage = PLAN_TEXT.slice(t1.quote_start, t1.quote_end);
    expect(passage).toContain('\n');
    expect(passage.replace(/\s/g, '')).toBe(t1.quote.replace(/\s/g, ''));
    expect(passage.startsWith('1.完善')).toBe(true);
    expect(passage.endsWith('服务点。')).toBe(true);
  });
});

describe('deadlines: the one the text states, or the plan period end marked inferred', () => {
  it('infers the plan period end for a task whose text states none, and keeps a stated one', () => {
    const { datasets } = buildDatasets(fixture());
    const byId = new Map(datasets.tasks.map((t) => [t.id, t]));
    expect(byId.get('t2')).toMatchObject({ deadline: '2023-12-31', deadline_inferred: true });
    expect(byId.get('l1')).toMatchObject({ deadline: '2024-12-31', deadline_inferred: true });
    expect(byId.get('l2')).toMatchObject({ deadline: '2024-03-25', deadline_inferred: false });
    expect(datasets.targets.find((t) => t.task_id === 't1')!.deadline).toBe('2023-12-31');
  });

  it('refuses a stated deadline without the passage that states it', () => {
    const later = laterAnnotation();
    delete (later.tasks[1] as { deadline_quote?: string }).deadline_quote;
    expect(failure({ later }).message).toMatch(
      /test-later\.json › tasks\[1\] "l2": deadline 2024-03-25 has no deadline_quote\. Fix: add deadline_quote/,
    );
  });

  it('refuses to infer a deadline for a plan with no period', () => {
    const m = manifest();
    m[2]!.period_start = null;
    m[2]!.period_end = null;
    expect(failure({ manifest: m }).message).toMatch(
      /test-later\.json › tasks\[0\] "l1": the text states no deadline and later\.txt has no plan period\. Fix: record the period/,
    );
  });
});

describe('themes', () => {
  it('publishes the vocabulary and one row per theme of a task', () => {
    const { datasets } = buildDatasets(fixture());
    expect(datasets.themes.map((t) => t.id)).toEqual(themes().map((t) => t.id));
    expect(datasets.task_themes.filter((r) => r.task_id === 't2').map((r) => r.theme_id)).toEqual([
      'publicity',
      'talent',
    ]);
    expect(datasets.task_themes.find((r) => r.task_id === 'l1')).toMatchObject({ plan_id: 'test-later' });
  });

  it('refuses an unknown theme, naming file, entry and the ids to use', () => {
    const plan = planAnnotation();
    plan.tasks[1]!.themes = ['publicity', 'data-ip'];
    expect(failure({ plan }).message).toBe(
      'data/annotations/test-plan.json › tasks[1] "t2": unknown theme "data-ip". Fix: use an id from data/themes.json (rights-assistance, publicity, talent, governance) or add the theme there',
    );
  });

  it('refuses a task with no theme, or with four', () => {
    const plan = planAnnotation();
    plan.tasks[1]!.themes = [];
    expect(failure({ plan }).message).toBe(
      'data/annotations/test-plan.json › tasks[1] "t2": the task has 0 theme(s); a task carries 1 to 3. Fix: add a theme id from data/themes.json to "themes"',
    );
    plan.tasks[1]!.themes = themes().map((t) => t.id);
    expect(failure({ plan }).message).toBe(
      'data/annotations/test-plan.json › tasks[1] "t2": the task has 4 theme(s); a task carries 1 to 3. Fix: keep the 3 themes that fit the task best',
    );
  });

  it('refuses a theme listed twice, and a duplicate id in the vocabulary', () => {
    const plan = planAnnotation();
    plan.tasks[1]!.themes = ['talent', 'talent'];
    expect(failure({ plan }).message).toMatch(/tasks\[1\] "t2": theme "talent" is listed twice/);
    const list = themes();
    list[1]!.id = 'rights-assistance';
    expect(failure({ themes: list }).message).toMatch(
      /^data\/themes\.json › \[1\] "rights-assistance": duplicate theme id "rights-assistance"/,
    );
  });
});

describe('task links', () => {
  it('publishes a link from an earlier task to the later one that carries it on, with its passage', () => {
    const { datasets } = buildDatasets(fixture());
    expect(datasets.task_links).toEqual([
      expect.objectContaining({ id: 't2--l1', from: 't2', to: 'l1', kind: 'continues', document_id: 'test-later' }),
    ]);
    const link = datasets.task_links[0]!;
    const l1 = datasets.tasks.find((t) => t.id === 'l1')!;
    expect(link.quote_start).toBeGreaterThanOrEqual(l1.quote_start);
    expect(link.quote_end).toBeLessThanOrEqual(l1.quote_end);
  });

  it('refuses a link from an unknown task', () => {
    const later = laterAnnotation();
    later.task_links[0]!.from = 't9';
    expect(failure({ later }).message).toBe(
      'data/annotations/test-later.json › task_links[0]: unknown task "t9". Fix: use the id of a task of an earlier plan',
    );
  });

  it('refuses a link that runs backwards in time or sits in the wrong file', () => {
    const later = laterAnnotation();
    later.task_links[0] = { from: 'l2', to: 'l1', kind: 'continues', quote: '继续组织开展专题培训' };
    expect(failure({ later }).message).toMatch(
      /task_links\[0\]: "l2" is in test-later \(2024-03-25\), which is not earlier than test-later \(2024-03-25\)\. Fix: link a task to one of an earlier plan/,
    );
    const plan = {
      ...planAnnotation(),
      task_links: [{ from: 't2', to: 'l1', kind: 'continues', quote: '组织开展专题培训' }],
    };
    expect(failure({ plan }).message).toMatch(
      /test-plan\.json › task_links\[0\]: "to" names "l1", which is not a task of test-plan\. Fix: write the link in the annotation file of the later plan/,
    );
  });

  it('refuses a passage that is not part of the later task', () => {
    const later = laterAnnotation();
    later.task_links[0]!.quote = '编制培训教材';
    expect(failure({ later }).message).toMatch(
      /task_links\[0\]: the quote is not part of the text of task "l1"\. Fix: quote the passage of "l1" that carries on "t2"/,
    );
  });
});

describe('numbers that are not statistics', () => {
  it('publish their reason in both languages', () => {
    const reply = {
      ...replyAnnotation(),
      observations: replyAnnotation().observations.slice(0, 1),
      not_statistics: [{ quote: '收到预审案件近250件', reason: 'a count of received files', reason_zh: '收件数' }],
    };
    const { datasets } = buildDatasets(fixture({ reply }));
    const m = datasets.mentions.find((r) => r.text === '近250件')!;
    expect(m).toMatchObject({ use: 'not_statistic', reason: 'a count of received files', reason_zh: '收件数' });
    const date = datasets.mentions.find((r) => r.kind === 'date')!;
    expect(date).toMatchObject({ reason: 'date, not a statistic', reason_zh: '日期，不是统计数' });
  });
});
