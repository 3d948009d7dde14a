import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/app.ts';
import { freePort } from '../../../test/support/net.ts';

/**
 * `vangnet start` as a user runs it: a real process with jobs on, on a fresh PGlite folder or (in the
 * PostgreSQL run) a fresh database; SIGTERM must stop it cleanly with exit code 0.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');


let dataDir: string;
let dropDb: (() => Promise<void>) | undefined;
let child: ChildProcess | undefined;

beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'vangnet-start-'));
});
afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await dropDb?.();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('vangnet start', () => {
  it('answers on the public port, then stops gracefully on SIGTERM with exit code 0', async () => {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      VANGNET_DATA_DIR: dataDir,
      PORT: String(await freePort()),
      STAFF_PORT: String(await freePort()),
      JOBS: 'on',
      LOG_LEVEL: 'info',
    };
    if (process.env.VANGNET_TEST_DB === 'postgres') {
      const { database, url, drop } = await openTestDatabase();
      await database.close();
      env.DATABASE_URL = url;
      dropDb = drop;
    }
    const proc = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    let output = '';
    proc.stdout?.on('data', (c: Buffer) => { output += c.toString('utf8'); });
    proc.stderr?.on('data', (c: Buffer) => { output += c.toString('utf8'); });
    const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));

    // Generous: a cold PGlite start on a busy 2-core machine can take a minute.
    const deadline = Date.now() + 150_000;
    let status = 0;
    while (Date.now() < deadline && proc.exitCode === null) {
      status = await fetch(`http://127.0.0.1:${env.PORT}/`).then((r) => r.status, () => 0);
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(status, output).toBe(200);

    proc.kill('SIGTERM');
    const code = await exited;
    expect(code, output).toBe(0);
    expect(output).toContain('SIGTERM: stopping gracefully');
    expect(output).toMatch(/"msg":"stopped"/);
  }, 180_000);
});
