import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/app.ts';
import { loadConfig } from '../../app/config.ts';
import { type RunningApp, startVangnet } from '../../app/start.ts';

/**
 * What SIGTERM runs (`stop()` of src/app/start.ts): the listeners close, a job that is running gets to
 * finish, and only then does the database close.
 */
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'vangnet-stop-'));
let dropDb: (() => Promise<void>) | undefined;
let app: RunningApp | undefined;

afterAll(async () => {
  await app?.stop();
  await dropDb?.();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('graceful stop of a running Vangnet', () => {
  it('lets a running job finish before the database closes', async () => {
    const env: Record<string, string> = { VANGNET_DATA_DIR: dataDir, PORT: '0', STAFF_PORT: '0', JOBS: 'on', LOG_LEVEL: 'warn' };
    if (process.env.VANGNET_TEST_DB === 'postgres') {
      const { database, url, drop } = await openTestDatabase();
      await database.close();
      env.DATABASE_URL = url ?? '';
      dropDb = drop;
    }
    app = await startVangnet(loadConfig(env));
    const jobs = app.ctx.jobs;
    if (!jobs) throw new Error('jobs should be on');

    const events: string[] = [];
    await jobs.define('test-long-write', async () => {
      events.push('started');
      await new Promise((r) => setTimeout(r, 2000));
      // Still able to use the database: it must not be closed under a running job.
      await app?.ctx.database.executor.executeSql('SELECT 1 AS still_open');
      events.push('finished');
    });
    await jobs.send('test-long-write', {});
    const start = Date.now();
    while (!events.includes('started') && Date.now() - start < 30_000) await new Promise((r) => setTimeout(r, 100));
    expect(events).toContain('started');

    await app.stop();
    events.push('stopped');
    expect(events).toEqual(['started', 'finished', 'stopped']);
  }, 180_000); // includes a cold PGlite start with migrations
});
