import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distPages, readDist } from './dist-files.ts';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

describe('every built page is valid HTML', () => {
  it.each(distPages())('%s', async (file) => {
    const report = await validator.validateString(readDist(file), file);
    const errors = report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(errors).toEqual([]);
  });
});
