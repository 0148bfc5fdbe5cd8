import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, distPages, readDist } from './dist-files.ts';

// The committed .htmlvalidate.mjs: the recommended rules, with the exceptions it gives reasons for.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('every built page is valid HTML', () => {
  it.each(distPages())('%s', async (file) => {
    const report = await validator.validateString(readDist(file), join(DIST, file));
    const errors = report.results.flatMap((r) =>
      r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});
