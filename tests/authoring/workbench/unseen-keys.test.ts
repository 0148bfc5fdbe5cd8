// The answer keys of the unseen test samples (tests/fixtures/unseen), which the scripted curator follows and the
// draft's bench scores against, pass their own checker: every quote and number as the text has it, and every figure
// filed under a catalogue indicator counted as the indicator counts (its unit, flow or stock), else keyed as new.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

describe('the answer keys of the unseen test samples', () => {
  it('pass check-keys.mjs, the catalogue agreeing with every figure filed under it', () => {
    const run = spawnSync(process.execPath, ['tests/fixtures/unseen/check-keys.mjs'], { cwd: root, encoding: 'utf8' });
    const failures = run.stderr.split('\n').filter((line) => line.startsWith('FAIL'));
    expect(failures).toEqual([]);
    expect(run.status).toBe(0);
  });
});
