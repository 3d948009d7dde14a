import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/support/app.ts';
import { DOSSIER_MATCH_JOB } from '../modules/monitor/alerts/alert-dossier-matches.ts';

/**
 * `vangnet worker` (issue 6: crawls run "in worker processes on PostgreSQL"): a process with jobs and
 * no web servers. On PostgreSQL it takes a job sent by another process and stops cleanly on SIGTERM;
 * on the embedded database it refuses with a clear message (one process only there).
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const onPostgres = process.env.VANGNET_TEST_DB === 'postgres';

let dataDir: string;
let dropDb: (() => Promise<void>) | undefined;
let child: ChildProcess | undefined;

beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'vangnet-worker-'));
});
afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await dropDb?.();
  rmSync(dataDir, { recursive: true, force: true });
});

const spawnWorker = (env: NodeJS.ProcessEnv) => {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child = proc;
  const out = { text: '' };
  proc.stdout?.on('data', (c: Buffer) => {
    out.text += c.toString('utf8');
  });
  proc.stderr?.on('data', (c: Buffer) => {
    out.text += c.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return { proc, out, exited };
};

const baseEnv = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: process.env.HOME, VANGNET_DATA_DIR: dataDir, JOBS: 'on', LOG_LEVEL: 'warn' });

describe('vangnet worker', () => {
  it.runIf(!onPostgres)('refuses on the embedded database, saying why', async () => {
    const { out, exited } = spawnWorker(baseEnv());
    expect(await exited, out.text).toBe(2);
    expect(out.text).toContain('Gebruik `vangnet worker` alleen met DATABASE_URL');
  }, 120_000);

  it.runIf(onPostgres)('runs a job sent by another process, then stops gracefully on SIGTERM', async () => {
    const { database, url, drop } = await openTestDatabase();
    await database.close();
    dropDb = drop;
    const { proc, out, exited } = spawnWorker({ ...baseEnv(), DATABASE_URL: url });
    const ready = Date.now() + 120_000;
    while (Date.now() < ready && proc.exitCode === null && !out.text.includes('Vangnet worker runs jobs')) await new Promise((r) => setTimeout(r, 200));
    expect(out.text).toContain('Vangnet worker runs jobs');

    // Another process (a web server, here the test) puts a job on the queue; the worker takes it.
    const boss = new PgBoss({ connectionString: url, supervise: false, schedule: false, migrate: false });
    await boss.start();
    try {
      const id = await boss.send(DOSSIER_MATCH_JOB, {});
      expect(id).toBeTruthy();
      let state = '';
      const until = Date.now() + 60_000;
      while (Date.now() < until && state !== 'completed' && state !== 'failed') {
        state = (await boss.getJobById(DOSSIER_MATCH_JOB, id as string))?.state ?? '';
        if (state !== 'completed') await new Promise((r) => setTimeout(r, 250));
      }
      expect(state, out.text).toBe('completed');
    } finally {
      await boss.stop({ graceful: false, close: true, wait: true });
    }

    proc.kill('SIGTERM');
    expect(await exited, out.text).toBe(0);
    expect(out.text).toContain('SIGTERM: stopping gracefully');
  }, 180_000);
});
