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
          // Each file in a fresh module graph. `isolate: false` halved the CPU time of this tier, but
          // several modules keep per-process caches (page cache, figure cache, receipt budget) that
          // would then leak from one file's database into the next; it waits until each cache is keyed
          // by its database or reset per file (docs/ARCHITECTURE.md, "How the suite is built").
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
