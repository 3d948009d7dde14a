import { defineConfig } from 'vitest/config';

// One suite, run twice by scripts/test-all.sh: on PGlite (VANGNET_TEST_DB=pglite, the default) and on
// the local PostgreSQL 15 server (VANGNET_TEST_DB=postgres). Each test file gets its own database.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: true,
  },
});
