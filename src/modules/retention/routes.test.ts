import { randomBytes } from 'node:crypto';
import { desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/app.ts';
import type { TestClient } from '../../../test/support/client.ts';
import { testClock } from '../../../test/support/clock.ts';
import { dumpDatabase } from '../../../test/support/dump-database.ts';
import { signedInAs } from '../../../test/support/factories.ts';
import { auditEvents } from '../audit/index.ts';
import { verifyAuditChain } from '../audit/testing.ts';
import { inputValue } from '../cases/testing.ts';
import { RETENTION_CRON, RETENTION_JOB } from './job.ts';
import { retentionBatches, retentionSettings } from './schema.ts';

/**
 * Issue 19 point 1 and 2 through the staff app: the privacy officer reads and changes the schedule
 * (with a reason, as a new version, in the audit chain), runs a dry run and a real run; others may
 * read at most. The nightly job is scheduled with pg-boss.
 */
const clock = testClock('2031-03-10T10:00:00.000Z');
let t: TestApp;
let officer: TestClient;
let admin: TestClient;
let investigator: TestClient;
const MARKER = `CONCEPT-MARKER-${randomBytes(4).toString('hex')}`;

const plantDraft = async (at: Date) => {
  const id = `draft-${randomBytes(12).toString('hex')}`;
  await t.ctx.db.execute(sql`INSERT INTO report_drafts (id, data_enc, created_at, updated_at, expires_at) VALUES (${id}, ${MARKER}, ${at}, ${at}, ${at})`);
  return id;
};

const rowOf = (html: string, key: string) => {
  const start = html.indexOf(`data-key="${key}"`);
  return start < 0 ? '' : html.slice(start, html.indexOf('</tr>', start));
};

beforeAll(async () => {
  t = await createTestApp({ clock });
  officer = (await signedInAs(t.ctx, t.staffApp, ['privacy_officer'])).client;
  admin = (await signedInAs(t.ctx, t.staffApp, ['admin'])).client;
  investigator = (await signedInAs(t.ctx, t.staffApp, ['investigator', 'supervisor'])).client;
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe('the retention schedule', () => {
  it('shows every rule with its period, end action and basis; the defaults are version 0', async () => {
    const res = await officer.get('/bewaartermijnen');
    expect(res.statusCode).toBe(200);
    expect(rowOf(res.body, 'intake.draft')).toContain('2 dagen');
    expect(rowOf(res.body, 'intake.report.closed_without_dossier')).toContain('1 jaar');
    expect(rowOf(res.body, 'decoy.conversation.notified')).toContain('2 jaar');
    expect(rowOf(res.body, 'intake.draft')).toContain('standaard');
    expect(rowOf(res.body, 'intake.draft')).toContain('AVG art. 5');
    expect(res.body).toContain('href="/bewaartermijnen/intake.draft"');
  });

  it('the admin reads it but cannot change it; other roles cannot open it', async () => {
    const read = await admin.get('/bewaartermijnen');
    expect(read.statusCode).toBe(200);
    expect(read.body).not.toContain('href="/bewaartermijnen/intake.draft"');
    expect((await admin.get('/bewaartermijnen/intake.draft')).statusCode).toBe(403);
    expect((await admin.post('/bewaartermijnen/intake.draft', { versie: '0', dagen: '9', actie: 'delete', grondslag: 'AVG art. 5', reden: 'Ik wil het' })).statusCode).toBe(403);
    expect((await admin.post('/bewaartermijnen/opschonen/nu', {})).statusCode).toBe(403);
    expect((await investigator.get('/bewaartermijnen')).statusCode).toBe(403);
    expect((await investigator.get('/bewaartermijnen/opschonen')).statusCode).toBe(403);
    expect(await t.ctx.db.select().from(retentionSettings)).toEqual([]);
  });

  it('a change without a reason or with a bad period is refused with a message and keeps what was typed', async () => {
    const res = await officer.post('/bewaartermijnen/intake.draft', { versie: '0', dagen: '0', actie: 'delete', grondslag: 'AVG art. 5 lid 1 e', reden: '' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Vul een termijn in van 1 tot 36500 dagen');
    expect(res.body).toContain('Schrijf waarom u de termijn verandert');
    expect(res.body).toContain('AVG art. 5 lid 1 e');
    const bad = await officer.post('/bewaartermijnen/intake.draft', { versie: '0', dagen: '7', actie: 'anonymise', grondslag: 'AVG art. 5 lid 1 e', reden: 'Vastgesteld in de DPIA' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Kies wat er na de termijn gebeurt');
    expect((await officer.get('/bewaartermijnen/geen.regel')).statusCode).toBe(404);
    expect(await t.ctx.db.select().from(retentionSettings)).toEqual([]);
  });

  it('the privacy officer changes a period with a reason: a new version, in the audit chain, shown with its history', async () => {
    const form = await officer.get('/bewaartermijnen/intake.draft');
    expect(form.statusCode).toBe(200);
    expect(inputValue(form.body, 'versie')).toBe('0');
    const res = await officer.post('/bewaartermijnen/intake.draft', { versie: '0', dagen: '3650', actie: 'delete', grondslag: 'DPIA 2031, par. 4', reden: 'Proef: concepten langer bewaren (test)' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/bewaartermijnen/intake.draft?versie=1');
    const after = await officer.get(res.headers.location as string);
    expect(after.body).toContain('Opgeslagen als versie 1.');
    expect(after.body).toContain('Proef: concepten langer bewaren (test)');
    expect(rowOf((await officer.get('/bewaartermijnen')).body, 'intake.draft')).toContain('10 jaar');
    const [event] = await t.ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'retention.rule.changed')).orderBy(desc(auditEvents.seq)).limit(1);
    expect(event).toMatchObject({ targetType: 'retention_rule', targetId: 'intake.draft' });
    expect(event?.details).toMatchObject({ version: 1, from: { days: 2, version: 0 }, to: { days: 3650 }, reason: 'Proef: concepten langer bewaren (test)' });
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
  });

  it('a change based on an old version is refused (409), so nobody overwrites a change unseen', async () => {
    const res = await officer.post('/bewaartermijnen/intake.draft', { versie: '0', dagen: '5', actie: 'delete', grondslag: 'DPIA 2031, par. 4', reden: 'Terug naar vijf dagen' });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('Iemand anders heeft deze termijn net veranderd');
    expect(await t.ctx.db.select().from(retentionSettings)).toHaveLength(1);
  });
});

describe('dry run and run from the page', () => {
  it('the dry run follows the schedule in force and deletes nothing; the run deletes and lists its records', async () => {
    const old = await plantDraft(new Date('2030-01-01T00:00:00Z'));
    // Ten years for drafts now (version 1): the draft of last year stays, also in a real run.
    const dry = await officer.post('/bewaartermijnen/opschonen/proef', {});
    expect(dry.statusCode).toBe(200);
    expect(dry.body).toContain('er is niets verwijderd');
    expect(rowOf(dry.body, 'intake.draft')).toMatch(/data-testid="count">0</);
    const back = await officer.post('/bewaartermijnen/intake.draft', { versie: '1', dagen: '30', actie: 'delete', grondslag: 'DPIA 2031, par. 4', reden: 'Dertig dagen is genoeg (test)' });
    expect(back.statusCode).toBe(303);
    const dry2 = await officer.post('/bewaartermijnen/opschonen/proef', {});
    expect(rowOf(dry2.body, 'intake.draft')).toMatch(/data-testid="count">1</);
    expect(await dumpDatabase(t.ctx)).toContain(old);
    expect(await t.ctx.db.select().from(retentionBatches)).toEqual([]);

    const run = await officer.post('/bewaartermijnen/opschonen/nu', {});
    expect(run.statusCode).toBe(200);
    expect(rowOf(run.body, 'intake.draft')).toMatch(/data-testid="count">1</);
    expect(await dumpDatabase(t.ctx)).not.toContain(MARKER);
    const [batch] = await t.ctx.db.select().from(retentionBatches);
    expect(batch).toMatchObject({ ruleKey: 'intake.draft', ruleVersion: 2, days: 30, count: 1 });
    const page = await admin.get('/bewaartermijnen/opschonen');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('data-testid="batch" data-key="intake.draft"');
    expect(page.body).not.toContain('/bewaartermijnen/opschonen/nu');
    const events = await t.ctx.db.select({ action: auditEvents.action }).from(auditEvents).where(sql`${auditEvents.action} like 'retention.%'`);
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['retention.dry_run', 'retention.batch', 'retention.run']));
  });
});

describe('the nightly job', () => {
  it('is scheduled with pg-boss every night', async () => {
    const withJobs = await createTestApp({ jobs: true, clock });
    try {
      const schedules = await withJobs.ctx.jobs?.boss.getSchedules();
      expect(schedules?.find((s) => s.name === RETENTION_JOB)).toMatchObject({ cron: RETENTION_CRON });
    } finally {
      await withJobs.close();
    }
  });
});
