import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import { createStaffUser } from '../../../test/support/factories.ts';
import { insertSession, staffSessions } from '../accounts/testing.ts';
import { AUDIT_CHECK_CRON, AUDIT_CHECK_JOB } from '../audit/testing.ts';
import { SESSION_CLEANUP_CRON, SESSION_CLEANUP_JOB } from './clean-expired-sessions.ts';

let t: TestApp;

const waitFor = async (check: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<void> => {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
};

const jobsOf = (app: TestApp) => {
  if (!app.ctx.jobs) throw new Error('jobs are off');

  return app.ctx.jobs;
};

const session = (userId: string, idHash: string, expiresAt: Date) => {
  const now = new Date();

  return insertSession(t.ctx.db, { idHash, userId, stage: 'active', createdAt: now, lastSeenAt: now, expiresAt, ip: '192.0.2.5', userAgent: 'test' });
};

const sessionExists = async (idHash: string) =>
  (await t.ctx.db.select({ idHash: staffSessions.idHash }).from(staffSessions).where(eq(staffSessions.idHash, idHash))).length > 0;

beforeAll(async () => {
  t = await createTestApp({ jobs: true });
});
afterAll(async () => {
  await t?.close();
});

describe('job queue (pg-boss)', () => {
  it('schedules the session cleanup every 15 minutes and the audit chain check every night', async () => {
    const schedules = await jobsOf(t).boss.getSchedules();
    expect(schedules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: SESSION_CLEANUP_JOB, cron: SESSION_CLEANUP_CRON }),
        expect.objectContaining({ name: AUDIT_CHECK_JOB, cron: AUDIT_CHECK_CRON }),
      ]),
    );
  });

  it('deletes an expired session and keeps a live one when the cleanup job runs', async () => {
    const u = await createStaffUser(t.ctx, { roles: ['intake'] });
    await session(u.user.id, 'verlopen-sessie', new Date(Date.now() - 60_000));
    await session(u.user.id, 'levende-sessie', new Date(Date.now() + 3600_000));
    const id = await jobsOf(t).send(SESSION_CLEANUP_JOB, {});
    expect(id).toBeTruthy();
    await waitFor(async () => !(await sessionExists('verlopen-sessie')));
    expect(await sessionExists('levende-sessie')).toBe(true);
    await waitFor(async () => (await jobsOf(t).boss.getJobById(SESSION_CLEANUP_JOB, id!))?.state === 'completed');
  });

  it('retries a job that fails once, and it then completes', async () => {
    let calls = 0;
    await jobsOf(t).define(
      'test-flaky',
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('eerste poging mislukt (test)');
      },
      { retryLimit: 2, retryDelay: 1 },
    );
    const id = await jobsOf(t).send('test-flaky', { n: 1 });
    await waitFor(async () => (await jobsOf(t).boss.getJobById('test-flaky', id!))?.state === 'completed');
    const job = await jobsOf(t).boss.getJobById('test-flaky', id!);
    expect(calls).toBe(2);
    expect(job?.retryCount).toBe(1);
    expect(t.logs()).toContain('job failed, will be retried');
  });

  it('defining a queue again (a restart) keeps it and applies the new retry settings', async () => {
    const noop = async () => {};
    await jobsOf(t).define('test-settings', noop, { retryLimit: 1, retryDelay: 5 });
    await jobsOf(t).define('test-settings', noop, { retryLimit: 4, retryDelay: 7 });
    const queue = await jobsOf(t).boss.getQueue('test-settings');
    expect(queue).toMatchObject({ retryLimit: 4, retryDelay: 7, retryBackoff: true });
  });

  it('stop() waits for a running job to finish', async () => {
    const events: string[] = [];
    await jobsOf(t).define('test-slow', async () => {
      events.push('started');
      await new Promise((r) => setTimeout(r, 2500));
      events.push('finished');
    });
    const id = await jobsOf(t).send('test-slow', {});
    await waitFor(() => events.includes('started'));
    await jobsOf(t).stop();
    events.push('stopped');
    expect(events).toEqual(['started', 'finished', 'stopped']);
    // The queue itself recorded the job as done, not as failed by the shutdown.
    const job = await jobsOf(t).boss.getJobById('test-slow', id!);
    expect(job?.state).toBe('completed');
    expect(t.logs()).not.toContain('job queue error');
  });
});
