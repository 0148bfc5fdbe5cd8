import { describe, expect, it } from 'vitest';
import { resolveObservations } from '../../../src/pipeline/annotate/observations.ts';
import type { AnnotationFile } from '../../../src/schemas/index.ts';
import { planAnnotation, replyAnnotation } from '../fixture.ts';
import { messageOf, PLAN_FILE, REPLY_FILE, testContext } from './context.ts';

const obs = () => replyAnnotation().observations as AnnotationFile['observations'];

/** The test context with a place outside the fixture's Shanghai: the whole country. */
function withChina() {
  const context = testContext();
  context.ctx.jurisdictions.set('china', {
    id: 'china',
    name_zh: '全国',
    name_en: 'China',
    level: 'national',
    parent: null,
    code: '100000',
  });
  return context;
}

describe('observations pass', () => {
  it('reads each value from its quote and claims the mention', () => {
    const { ctx, reply } = testContext();
    resolveObservations(ctx, REPLY_FILE, reply, obs());
    expect(ctx.observations.map((o) => [o.id, o.value, o.qualifier, o.mention_text])).toEqual([
      ['workstations-2023-08', 25, 'exact', '25 家'],
      ['preexam-cases-2023', 250, 'approximate', '近250件'],
    ]);
    expect(ctx.ledgers.get('test-reply')!.rows().unaccounted).toEqual([]);
    expect(ctx.ids.observation.get('preexam-cases-2023')).toBe(REPLY_FILE);
  });

  it('refuses an id another file already took, naming that file', () => {
    const { ctx, plan, reply } = testContext();
    resolveObservations(ctx, PLAN_FILE, plan, planAnnotation().observations as AnnotationFile['observations']);
    const list = obs();
    list[0]!.id = 'workstations-2023-03';
    expect(messageOf(() => resolveObservations(ctx, REPLY_FILE, reply, list))).toMatch(
      /observations\[0\] "workstations-2023-03": duplicate observation id "workstations-2023-03" \(also in data\/annotations\/test-plan\.json\)/,
    );
  });

  it('refuses a period that ends before it starts', () => {
    const { ctx, reply } = testContext();
    const list = obs();
    list[1]!.period_start = '2023-09-01';
    expect(messageOf(() => resolveObservations(ctx, REPLY_FILE, reply, list))).toMatch(
      /period_end 2023-08-02 is before period_start 2023-09-01\. Fix: swap or correct the dates/,
    );
  });

  it('refuses a unit the indicator does not use', () => {
    const { ctx, reply } = testContext();
    const list = obs();
    list[1]!.indicator = 'rights-assistance-workstations';
    expect(messageOf(() => resolveObservations(ctx, REPLY_FILE, reply, list))).toMatch(
      /the text "近250件" is in 件, but indicator "rights-assistance-workstations" is in 家/,
    );
  });

  it('takes a measure word that counts the same thing as its indicator does (件 for 起), not another (件 for 条)', () => {
    for (const [unit, accepted] of [
      ['起', true],
      ['条', false],
    ] as const) {
      const { ctx, reply } = testContext();
      const list = obs();
      const original = ctx.indicators.get(list[1]!.indicator)!;
      ctx.indicators.set('same-count', { ...original, id: 'same-count', unit });
      list[1]!.indicator = 'same-count';
      const read = () => resolveObservations(ctx, REPLY_FILE, reply, list);
      if (accepted) {
        read();
        // Published in the indicator's own word.
        expect(ctx.observations.find((o) => o.indicator_id === 'same-count')!.unit).toBe('起');
      } else expect(messageOf(read)).toMatch(/the text "近250件" is in 件, but indicator "same-count" is in 条/);
    }
  });

  it('files one number as several figures under different indicators, never twice under one', () => {
    const { ctx, reply } = testContext();
    ctx.indicators.set('other-cases', { ...ctx.indicators.get('fast-preexam-cases')!, id: 'other-cases' });
    const list = obs();
    list.push({ ...list[1]!, id: 'preexam-cases-2023-b', indicator: 'other-cases' });
    resolveObservations(ctx, REPLY_FILE, reply, list);
    expect(ctx.observations.map((o) => [o.id, o.indicator_id, o.mention_text])).toEqual([
      ['workstations-2023-08', 'rights-assistance-workstations', '25 家'],
      ['preexam-cases-2023', 'fast-preexam-cases', '近250件'],
      ['preexam-cases-2023-b', 'other-cases', '近250件'],
    ]);
    const row = ctx.ledgers
      .get('test-reply')!
      .rows()
      .rows.find((r) => r.text === '近250件')!;
    expect([row.use, row.used_by]).toEqual(['observation', 'preexam-cases-2023']);

    const again = testContext();
    const twice = obs();
    twice.push({ ...twice[1]!, id: 'preexam-cases-2023-b' });
    expect(messageOf(() => resolveObservations(again.ctx, REPLY_FILE, again.reply, twice))).toMatch(
      /observations\[2\] "preexam-cases-2023-b": the number "近250件" is already filed under indicator "fast-preexam-cases" by preexam-cases-2023/,
    );
  });

  it('refuses a figure of a place that neither is the document’s nor lies inside it, unless a note says why', () => {
    const { ctx, reply } = withChina();
    const list = obs();
    list[1]!.jurisdiction = 'china';
    expect(messageOf(() => resolveObservations(ctx, REPLY_FILE, reply, list))).toBe(
      `${REPLY_FILE} › observations[1] "preexam-cases-2023": jurisdiction "china" is neither the document's own ("shanghai", in its manifest entry) nor a place inside it. Fix: set jurisdiction to the place the figure counts; if the document does quote a figure of another place (a national figure in a city's report), keep it and say why in note_zh and note_en`,
    );
    // A note in one language only is not yet the reason a reader of the other would see.
    list[1]!.note_zh = '答复中引用的全国数据';
    expect(() => resolveObservations(withChina().ctx, REPLY_FILE, reply, list)).toThrow(/neither the document's own/);
  });

  it('accepts a place inside the document’s, and another place with a note in both languages', () => {
    const { ctx, reply } = withChina();
    const list = obs();
    list[0]!.jurisdiction = 'shanghai-jingan';
    list[1]!.jurisdiction = 'china';
    list[1]!.note_zh = '答复中引用的全国数据';
    list[1]!.note_en = 'A national figure the reply quotes';
    resolveObservations(ctx, REPLY_FILE, reply, list);
    expect(ctx.observations.map((o) => [o.id, o.jurisdiction])).toEqual([
      ['workstations-2023-08', 'shanghai-jingan'],
      ['preexam-cases-2023', 'china'],
    ]);
  });
});
