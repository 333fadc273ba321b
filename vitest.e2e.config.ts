import { defineConfig } from 'vitest/config';

// End-to-end tests in Debian's Chromium against the built app. One file at a time: the
// machine has two cores and each file starts its own browser and server.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
