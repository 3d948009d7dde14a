import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { sleep } from '../../../../test/support/net.ts';
import { insertOrganisation } from '../../accounts/testing.ts';
import { createDossierVia } from '../../cases/testing.ts';
import { REMIND_CRON, REMIND_JOB } from './remind-late-referrals.ts';
import { chainReferrals } from '../schema.ts';
import { recordConsent } from '../testing.ts';

// The reminder runs as a pg-boss job on the app's queue, with the app's (injected) clock.
const clock = testClock('2026-12-01T09:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ jobs: true, clock });
});
afterAll(async () => {
  await t?.close();
});

describe('chain reminder job (pg-boss)', () => {
  it('is scheduled, and marks a referral nobody answered by its answer day', { timeout: 60_000 }, async () => {
    const schedules = await t.ctx.jobs!.boss.getSchedules();
    expect(schedules).toEqual(expect.arrayContaining([expect.objectContaining({ name: REMIND_JOB, cron: REMIND_CRON })]));

    const zvh = await insertOrganisation(t.ctx.db, { name: 'ZVH Herinnering (fictief)', kind: 'zvh' });
    const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const id = await createDossierVia(sup.client, { title: 'Herinnering (fictief)' });
    await recordConsent(sup.client, id, 'zvh_sharing');
    await sup.client.get(`/keten/dossiers/${id}`);
    expect((await sup.client.post(`/keten/dossiers/${id}/verwijzingen`, { partner: zvh.id, vraag: 'Job-test (fictief).' })).statusCode).toBe(303);
    const reminded = async () => (await t.ctx.db.select({ at: chainReferrals.remindedAt }).from(chainReferrals).where(eq(chainReferrals.dossierId, id)))[0]?.at ?? null;

    await t.ctx.jobs!.send(REMIND_JOB, {});
    await sleep(4_000);
    expect(await reminded()).toBeNull();

    clock.set('2026-12-09T08:00:00Z');
    await t.ctx.jobs!.send(REMIND_JOB, {});
    for (let i = 0; i < 40 && !(await reminded()); i += 1) await sleep(500);
    expect((await reminded())?.toISOString()).toBe('2026-12-09T08:00:00.000Z');
  });

  it('counts a public holiday out: a referral before Christmas is not late on the fifth weekday', { timeout: 60_000 }, async () => {
    const jobs = t.ctx.jobs!;
    // Runs the job through pg-boss and waits until that run has finished.
    const runJob = async () => {
      const jobId = await jobs.send(REMIND_JOB, {});
      expect(jobId).toBeTruthy();
      for (let i = 0; i < 60; i += 1) {
        const job = await jobs.boss.getJobById(REMIND_JOB, jobId!);
        if (job?.state === 'completed') return;
        expect(job?.state).not.toBe('failed');
        await sleep(500);
      }
      throw new Error('the reminder job did not finish');
    };
    clock.set('2026-12-21T09:00:00Z'); // Monday 21 December
    const care = await insertOrganisation(t.ctx.db, { name: 'Zorg Kerst (fictief)', kind: 'care' });
    const sup = await signedInAs(t.ctx, t.staffApp, ['supervisor']);
    const id = await createDossierVia(sup.client, { title: 'Kerst (fictief)' });
    await recordConsent(sup.client, id, 'care_referral');
    await sup.client.get(`/keten/dossiers/${id}`);
    expect((await sup.client.post(`/keten/dossiers/${id}/verwijzingen`, { partner: care.id, vraag: 'Kerst-test (fictief).' })).statusCode).toBe(303);
    const row = async () => (await t.ctx.db.select({ answerBy: chainReferrals.answerBy, at: chainReferrals.remindedAt }).from(chainReferrals).where(eq(chainReferrals.dossierId, id)))[0]!;
    // 22, 23, 24, (25 eerste kerstdag, weekend), 28, 29: five working days without Christmas.
    expect((await row()).answerBy).toBe('2026-12-29');
    expect((await sup.client.get(`/keten/dossiers/${id}`)).body).toContain('2026-12-29');

    // Tuesday 29 December, evening in Amsterdam: counting weekdays only, it would be late already.
    clock.set('2026-12-29T21:30:00Z');
    await runJob();
    expect((await row()).at).toBeNull();

    // Wednesday 30 December: late now, reminded once.
    clock.set('2026-12-29T23:30:00Z');
    await runJob();
    expect((await row()).at?.toISOString()).toBe('2026-12-29T23:30:00.000Z');
  });
});
