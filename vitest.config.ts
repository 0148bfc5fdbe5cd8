import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Two at a time even on two cores (vitest's default is cores - 1): most of the slow files wait on Chromium or on a
    // build in a child process, not on their own worker.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { TZ: 'Asia/Shanghai' },
  },
});
