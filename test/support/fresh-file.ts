import { afterAll, beforeAll, vi } from 'vitest';
import { resetReceiptLimiter } from '../../src/modules/intake/receipt-limiter.ts';

/**
 * The app tier runs with `isolate: false` (vitest.config.ts): a worker process runs one test file after
 * another and keeps the modules it imported, so the app is imported once per worker instead of once
 * per file (that import was a quarter of the suite's time). Each file still gets its own database and
 * its own servers (createTestApp). What lives in a module's memory for the whole process is put back
 * here before each file, so no file sees what the one before it left:
 * - the receipt limiter's failure counters (per report number and per connection: every test request
 *   comes from 127.0.0.1, so one file's wrong receipts would slow the next file's checks down);
 * - spies and mocks (vi.spyOn on console and the like);
 * - environment variables a file set or removed.
 * A new module that keeps state in memory across requests adds its reset here.
 */
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  env = { ...process.env };
  resetReceiptLimiter();
  vi.restoreAllMocks();
});

afterAll(() => {
  vi.restoreAllMocks();
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  Object.assign(process.env, env);
});
