// The files the sequencer starts first exist: a renamed one would silently lose its place.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LONGEST } from './sequencer.ts';

describe('the test sequencer', () => {
  it.each(LONGEST)('names a test file that exists: %s', (file) => {
    expect(existsSync(join(import.meta.dirname, '..', file))).toBe(true);
  });
});
