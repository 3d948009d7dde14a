import { configDefaults, defineConfig } from 'vitest/config';
import { ALL_TESTS, FAST_TESTS } from './test/support/test-tiers.ts';

// Two tiers (docs/ARCHITECTURE.md, "Tests"):
// - fast: the *.unit.test.ts files, pure functions with no server, database or browser
//   (`npm run test:fast`, seconds). They run once: the database does not matter to them.
// - app: every other test file, through the real servers, each file on its own copy of a database that
//   test/support/global-setup.ts migrated once. scripts/test-all.sh runs this tier twice, on PGlite
//   (VANGNET_TEST_DB=pglite, the default) and on the local PostgreSQL 15 server (=postgres).
// `npx vitest run <files>` runs the given files in whichever tier they belong to.
export default defineConfig({
  test: {
    maxWorkers: 2,
    fileParallelism: true,
    projects: [
      {
        extends: true,
        test: { name: 'fast', include: FAST_TESTS, pool: 'threads', testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'app',
          include: ALL_TESTS,
          exclude: [...configDefaults.exclude, ...FAST_TESTS],
          globalSetup: ['test/support/global-setup.ts'],
          pool: 'forks',
          // A worker runs its files one after another and imports the app once, not once per file
          // (half the CPU time of the app tier). test/support/fresh-file.ts resets what the modules keep
          // in memory before each file; each file still has its own database and servers.
          isolate: false,
          setupFiles: ['test/support/fresh-file.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
