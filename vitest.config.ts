import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Property tests generate many cases; keep the default timeout generous but bounded.
    testTimeout: 60_000,
  },
});
