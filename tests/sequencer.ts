// The order test files start in, for two workers. Vitest starts the files that took longest last time first, but a
// fresh clone (CI) has no such record and starts the largest files first: the one-line axe wrappers then started
// last, and one worker ran the 63 s phone pass alone at the end. So: the longest files as measured (CI, Dec 2026:
// the scripted curator 127 s, axe at 360 px 63 s, the reader's pages 36 s) first, then every file that drives a
// browser, then the rest, each group in vitest's own order. A stale list costs only time.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const LONGEST = [
  'tests/authoring/workbench/curator.test.ts',
  'tests/site/quality/a11y-phone.test.ts',
  'tests/site/pages/reader.test.ts',
];

/** A file that opens Chromium (directly, through the site or the workbench, or axe's wrapper). */
const BROWSER = /\b(useSite|axeEveryPage|launch|startWorkbench)\(/;

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = LONGEST.indexOf(relative(process.cwd(), f.moduleId));
      if (i >= 0) return i;
      return BROWSER.test(readFileSync(f.moduleId, 'utf8')) ? LONGEST.length : LONGEST.length + 1;
    };
    return sorted
      .map((f, i) => ({ f, i, r: rank(f) }))
      .sort((a, b) => a.r - b.r || a.i - b.i)
      .map(({ f }) => f);
  }
}
