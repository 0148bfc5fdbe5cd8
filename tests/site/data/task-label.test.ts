import { describe, expect, it } from 'vitest';
import { isReportingRequirement, taskLabels, taskNumber } from '../../../src/site/data/task-label.ts';
import { DATA } from '../site-fixture.ts';

describe('task labels', () => {
  it('writes a number as each language does', () => {
    expect(taskNumber('（二）', 'en')).toBe('(2)');
    expect(taskNumber('(二)', 'zh')).toBe('（二）');
    expect(taskNumber('（十二）', 'en')).toBe('(12)');
    expect(taskNumber('1.10', 'en')).toBe('1.10');
    expect(taskNumber('十', 'en')).toBe('10');
  });

  it('gives no two items of one plan the same label, and never a Chinese number on an English page', () => {
    const labels = taskLabels(DATA);
    for (const plan of DATA.plans) {
      const tasks = DATA.tasks.filter((t) => t.document_id === plan.id);
      for (const locale of ['zh', 'en'] as const) {
        const names = tasks.map((t) => labels.get(t.id)![locale]);
        expect(new Set(names).size).toBe(names.length);
        if (locale === 'en') for (const n of names) expect(n).not.toMatch(/[\u3000-\u9fff\uff00-\uffef]/u);
      }
    }
  });

  it('names a reporting requirement as such', () => {
    const chore = DATA.tasks.find(isReportingRequirement);
    if (!chore) throw new Error('the fixture data holds no reporting requirement to test with');
    expect(taskLabels(DATA).get(chore.id)!.en).toMatch(/^Reporting requirement \d+$/);
    expect(taskLabels(DATA).get(chore.id)!.zh).toMatch(/^报送要求\d+$/);
  });
});
