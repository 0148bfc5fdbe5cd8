import { describe, expect, it } from 'vitest';
import { timeline, timelineTable } from '../../../src/site/charts/timeline.ts';
import * as F from './fixture.ts';
import { expectSnapshot, options, text, texts } from './snapshot.ts';

const INPUT = { documents: F.DOCUMENTS, tasks: F.TASKS, latestData: '2023-08-02' };

describe('timeline', () => {
  it.each(['zh', 'en'] as const)('matches its %s snapshot', (locale) => {
    expectSnapshot(`timeline-${locale}`, timeline(INPUT, options(locale)));
  });

  it('matches its snapshot at 360 px', () => {
    expectSnapshot('timeline-en-360', timeline(INPUT, options('en', 360)));
  });

  it('orders documents by date and marks the latest data date it is given', () => {
    const zh = texts(timeline(INPUT, options('zh')));
    const order = ['沪知局〔2023〕12号', '静府办〔2023〕5号', '沪知局函〔2023〕99号'].map((n) =>
      zh.findIndex((t) => t.includes(n)),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(zh).toContain('最新数据：2023年8月2日');
    expect(zh).toEqual(expect.arrayContaining(['2023年', '2024年']));
    expect(texts(timeline({ ...INPUT, latestData: '2024-01-31' }, options('en')))).toContain(
      'Latest data: 31 January 2024',
    );
  });

  it('draws one diamond per distinct deadline, counting tasks due the same day', () => {
    const el = timeline(INPUT, options('en'));
    expect(el.querySelectorAll('g[fill="#D55E00"] path')).toHaveLength(3);
    expect(texts(el)).toContain('2');
    expect(el.querySelectorAll('g[fill="#A6D4F0"] rect')).toHaveLength(2);
  });

  it('keeps the latest data label inside the chart near its right edge', () => {
    const el = timeline({ ...INPUT, latestData: '2024-12-20' }, options('en', 360));
    const label = [...el.querySelectorAll('text')].find((t) => t.textContent?.startsWith('Latest data'))!;
    expect(label.closest('g')!.getAttribute('text-anchor')).toBe('end');
  });

  it('gives the dates as a table', () => {
    expect(timelineTable(INPUT, text('zh')).rows[0]).toEqual([
      '2023年上海市知识产权保护工作实施方案（沪知局〔2023〕12号）',
      '2023年3月15日',
      '2023年',
      '2023年6月30日（1项）；2023年12月31日（2项）',
    ]);
  });
});
