import { describe, expect, it } from 'vitest';
import { resolveNotStatistics } from '../../../src/pipeline/annotate/not-statistics.ts';
import { messageOf, REPLY_FILE, testContext } from './context.ts';

describe('not-statistics pass', () => {
  it('marks every statistic in the quote with the reason given', () => {
    const { ctx, reply } = testContext();
    resolveNotStatistics(ctx, REPLY_FILE, reply, [
      { quote: '收到预审案件近250件', reason: 'a test reason', reason_zh: '测试理由' },
    ]);
    const rows = ctx.ledgers.get('test-reply')!.rows().rows;
    expect(rows.filter((r) => r.use === 'not_statistic').map((r) => [r.text, r.reason, r.reason_zh])).toEqual([
      ['近250件', 'a test reason', '测试理由'],
    ]);
  });

  it('refuses a quote with no statistic in it', () => {
    const { ctx, reply } = testContext();
    expect(
      messageOf(() =>
        resolveNotStatistics(ctx, REPLY_FILE, reply, [{ quote: '组织专题培训活动', reason: 'x', reason_zh: '无' }]),
      ),
    ).toBe(
      `${REPLY_FILE} › not_statistics[0]: the quote holds no count, amount or percentage to mark. Fix: remove the entry, or quote the passage with the number`,
    );
  });
});
