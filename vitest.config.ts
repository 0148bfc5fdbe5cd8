import { defineConfig } from 'vitest/config';
import LongestFirst from './tests/sequencer.ts';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Two at a time even on two cores (vitest's default is cores - 1): most of the slow files wait on Chromium or on a
    // build in a child process, not on their own worker.
    maxWorkers: 2,
    // The longest files first, so that neither worker runs one alone at the end (tests/sequencer.ts).
    sequence: { sequencer: LongestFirst },
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { TZ: 'Asia/Shanghai' },
  },
});
