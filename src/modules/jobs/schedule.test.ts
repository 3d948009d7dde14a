import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/app.ts';
import type { Database } from '../../db/client.ts';
import { type Jobs, startJobs } from './jobs.ts';

/**
 * The cron path of pg-boss (schedule → timekeeper → queue → worker) on this run's database. The real
 * cleanup runs every 15 minutes; here a test schedule runs every minute, with the cron check shortened
 * to 1 s, so the test sees it fire.
 */
let database: Database;
let drop: () => Promise<void>;
let jobs: Jobs;

beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
  jobs = await startJobs(database, pino({ level: 'silent' }), { cronMonitorIntervalSeconds: 1, cronWorkerIntervalSeconds: 1 });
});
afterAll(async () => {
  await jobs?.stop();
  await database?.close();
  await drop?.();
});

describe('scheduled jobs', () => {
  it('runs a job from its cron schedule', async () => {
    let runs = 0;
    await jobs.define('test-cron', async () => {
      runs += 1;
    });
    await jobs.schedule('test-cron', '* * * * *');
    const start = Date.now();
    while (runs === 0 && Date.now() - start < 30_000) await new Promise((r) => setTimeout(r, 200));
    expect(runs).toBeGreaterThanOrEqual(1);
  });
});
