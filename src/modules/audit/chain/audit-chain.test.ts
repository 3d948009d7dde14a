import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { checkAuditChain } from './check-audit-chain.ts';
import { logAccess } from '../access-log/log-access.ts';
import { recordAuditEvent } from './record-audit-event.ts';
import { auditEvents } from '../schema.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

let t: TestApp;

const record = (i: number) =>
  recordAuditEvent(t.ctx.db, {
    actor: { userId: null, label: `medewerker${i % 7}@vangnet.test`, ip: '192.0.2.1' },
    action: 'test.event',
    targetType: 'dossier',
    targetId: `D-${i}`,
    details: { i, nested: { b: 2, a: [1, 'twee'] } },
  });

/** Runs SQL with the append-only trigger switched off: only a database owner can, and the chain notices. */
const tamper = async (statement: ReturnType<typeof sql>) => {
  await t.ctx.db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`);
  try {
    await t.ctx.db.execute(statement);
  } finally {
    await t.ctx.db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only`);
  }
};

const countEvents = async () => {
  const rows = await t.ctx.db.select({ n: sql<number>`count(*)::int` }).from(auditEvents);

  return rows[0]?.n ?? 0;
};

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('the audit hash chain', () => {
  it('verifies after many events', async () => {
    for (let i = 0; i < 120; i += 1) await record(i);
    const report = await verifyAuditChain(t.ctx.db);
    expect(report).toMatchObject({ ok: true, count: await countEvents() });
    expect(report.count).toBeGreaterThanOrEqual(120);
  });

  it('stays valid when 50 events are recorded at the same time', async () => {
    const before = await countEvents();
    await Promise.all(Array.from({ length: 50 }, (_, i) => record(1000 + i)));
    expect(await countEvents()).toBe(before + 50);
    expect(await verifyAuditChain(t.ctx.db)).toMatchObject({ ok: true, count: before + 50 });
    const seqs = await t.ctx.db.select({ seq: auditEvents.seq }).from(auditEvents).orderBy(auditEvents.seq);
    expect(seqs.map((r) => r.seq)).toEqual(Array.from({ length: before + 50 }, (_, i) => i + 1));
  });

  it('is refused by the database on UPDATE, DELETE and TRUNCATE, for the audit log and the access log', async () => {
    await logAccess(t.ctx.db, { user: { id: '00000000-0000-4000-8000-000000000001', name: 'Test' }, recordType: 'dossier', recordId: 'D-1' });
    await expect(t.ctx.db.execute(sql`UPDATE audit_events SET action = 'weg' WHERE seq = 1`)).rejects.toThrow();
    await expect(t.ctx.db.execute(sql`DELETE FROM audit_events WHERE seq = 2`)).rejects.toThrow();
    await expect(t.ctx.db.execute(sql`UPDATE access_log SET reason = 'anders'`)).rejects.toThrow();
    await expect(t.ctx.db.execute(sql`DELETE FROM access_log`)).rejects.toThrow();
    // TRUNCATE skips row triggers; statement triggers refuse it too.
    await expect(t.ctx.db.execute(sql`TRUNCATE audit_events`)).rejects.toThrow();
    await expect(t.ctx.db.execute(sql`TRUNCATE access_log`)).rejects.toThrow();
    const still = await t.ctx.db.execute(sql`SELECT count(*)::int AS n FROM access_log`);
    expect(JSON.stringify(still)).toContain('"n":1');
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
  });

  it('names exactly the row whose details were changed, and the privacy officer sees it', async () => {
    // Rows written at start (a module's default pages) come first: read what row 37 holds now.
    const [original] = await t.ctx.db.select().from(auditEvents).where(sql`${auditEvents.seq} = 37`);
    await tamper(sql`UPDATE audit_events SET details = '{"i": 999}'::jsonb WHERE seq = 37`);
    expect(await verifyAuditChain(t.ctx.db)).toEqual({ ok: false, count: 36, brokenAt: 37, reason: 'hash' });

    const { client } = await signedInAs(t.ctx, t.staffApp, ['privacy_officer']);
    const page = await client.get('/logboek/audit');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Keten gebroken bij #37.');

    // Put the original back: the chain holds again, which shows the hash covers exactly that content.
    await tamper(sql`UPDATE audit_events SET details = ${JSON.stringify(original?.details)}::jsonb WHERE seq = 37`);
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
  });

  it('names the place where a middle row was deleted', async () => {
    const [row] = await t.ctx.db.select().from(auditEvents).where(sql`${auditEvents.seq} = 60`);
    expect(row).toBeTruthy();
    await tamper(sql`DELETE FROM audit_events WHERE seq = 60`);
    expect(await verifyAuditChain(t.ctx.db)).toMatchObject({ ok: false, brokenAt: 60, reason: 'gap', count: 59 });

    // Inserting is allowed (append-only), so the exact row can be put back and the chain holds again.
    await t.ctx.db.insert(auditEvents).values(row!);
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
  });

  it('notices a row whose link to the previous row was rewritten', async () => {
    await tamper(sql`UPDATE audit_events SET prev_hash = repeat('a', 64) WHERE seq = 80`);
    expect(await verifyAuditChain(t.ctx.db)).toMatchObject({ ok: false, brokenAt: 80, reason: 'link' });
  });

  it('the nightly check logs an error for a broken chain and records that it checked', async () => {
    const report = await checkAuditChain(t.ctx);
    expect(report).toMatchObject({ ok: false, brokenAt: 80 });
    expect(t.logs()).toContain('audit chain BROKEN');
    const [last] = await t.ctx.db.select().from(auditEvents).orderBy(sql`${auditEvents.seq} DESC`).limit(1);
    expect(last?.action).toBe('audit.chain-checked');
    expect(last?.details).toMatchObject({ ok: false, brokenAt: 80, reason: 'link' });
  });
});
