import { generateKeyPairSync } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { testClock } from '../../../../test/support/clock.ts';
import { signedInAs } from '../../../../test/support/factories.ts';
import { runRetention } from '../../retention/index.ts';
import { appendAuditEvent } from '../chain/record-audit-event.ts';
import { verifyAuditChain } from '../chain/verify-audit-chain.ts';
import { type ChainCut, signCut } from '../checkpoints/chain-cut.ts';
import { verifyAgainstCheckpoint, writeCheckpoint } from '../checkpoints/checkpoint.ts';
import { type AuditKeys, installedAuditKeys } from '../keys/audit-keys.ts';
import { accessLog, auditCuts, auditEvents } from '../schema.ts';
import { cutAuditChain } from './cut-audit-chain.ts';
import { auditRetention } from './retention-rules.ts';

/**
 * Issue 19: the retention rules of the audit log and the access log. The audit log is cut at its
 * start behind a signed cut, and verify-audit still accepts it and still finds any change after the
 * cut; a forged cut is refused. Time comes from the test clock: the app's "now" is about ten years ahead (2036 from 2026, moving with the real year), so the
 * events the app writes today are past both periods, and the planted "recent" ones are not.
 */
// The events the app writes at start carry the real time (the audit log's own clock), so these years
// move with the real year: the start events stay older than the cut whatever the calendar says.
const YEARS_ON = Math.max(0, new Date().getUTCFullYear() - 2026);
const inYears = (iso: string): Date => {
  const d = new Date(iso);
  d.setUTCFullYear(d.getUTCFullYear() + YEARS_ON);
  return d;
};
const NOW = inYears('2036-03-10T10:00:00.000Z').toISOString();
const OLD = inYears('2028-06-01T09:00:00Z');
const RECENT = inYears('2036-02-01T09:00:00Z');
const clock = testClock(NOW);
const HELD = '00000000-0000-4000-8000-0000000019aa';
const actor = { userId: null, label: 'test' };
let t: TestApp;
let keys: AuditKeys;
/** The number of the last planted old event, and of the first recent one. */
let lastOld = 0;
let firstRecent = 0;

/** As the database owner, with the triggers off: what someone who bypasses the app can do. */
const asOwner = async (table: 'audit_events' | 'audit_cuts', statement: ReturnType<typeof sql>) => {
  await t.ctx.db.execute(sql.raw(`ALTER TABLE ${table} DISABLE TRIGGER USER`));
  try {
    await t.ctx.db.execute(statement);
  } finally {
    await t.ctx.db.execute(sql.raw(`ALTER TABLE ${table} ENABLE TRIGGER USER`));
  }
};
const seqs = async () => (await t.ctx.db.select({ seq: auditEvents.seq }).from(auditEvents).orderBy(asc(auditEvents.seq))).map((r) => r.seq);
const cuts = () => t.ctx.db.select().from(auditCuts).orderBy(asc(auditCuts.seq));
const newestCut = async () => (await cuts()).at(-1) as ChainCut;
const verdict = () => verifyAgainstCheckpoint(t.ctx.db, { dataDir: t.ctx.config.dataDir, keys });
const rule = (result: Awaited<ReturnType<typeof runRetention>>, key: string) => result.rules.find((r) => r.key === key);

beforeAll(async () => {
  t = await createTestApp({ clock });
  keys = installedAuditKeys() as AuditKeys;
  for (let i = 0; i < 30; i += 1) {
    await appendAuditEvent(t.ctx.db, { actor: { userId: null, label: 'oud@vangnet.test' }, action: 'test.old', details: { i } }, new Date(OLD.getTime() + i * 60_000));
  }
  lastOld = (await seqs()).at(-1) as number;
  for (let i = 0; i < 5; i += 1) {
    // The third is about a dossier that a test below puts under a legal hold.
    const about = i === 2 ? { targetType: 'dossier', targetId: HELD } : {};
    await appendAuditEvent(t.ctx.db, { actor: { userId: null, label: 'recent@vangnet.test' }, action: 'test.recent', ...about, details: { i } }, new Date(RECENT.getTime() + i * 60_000));
  }
  firstRecent = lastOld + 1;
  const user = '00000000-0000-4000-8000-000000000019';
  for (let i = 0; i < 12; i += 1) {
    await t.ctx.db.insert(accessLog).values({ at: inYears('2030-01-15T09:00:00Z'), userId: user, userLabel: 'Oude Lezer (fictief)', recordType: 'dossier', recordId: `D-OUD-${i}`, action: 'view' });
  }
  await t.ctx.db.insert(accessLog).values({ at: inYears('2030-01-15T09:00:00Z'), userId: user, userLabel: 'Lezer van vastgehouden dossier (fictief)', recordType: 'dossier', recordId: HELD, action: 'view' });
  await t.ctx.db.insert(accessLog).values({ at: RECENT, userId: user, userLabel: 'Recente Lezer (fictief)', recordType: 'dossier', recordId: 'D-RECENT', action: 'view' });
});
afterAll(async () => {
  await t?.close();
});

describe('the audit log and access log under retention (issue 19)', () => {
  it('a dry run counts the expired events from the start of the chain and the old access lines, and deletes nothing', async () => {
    const before = await seqs();
    const dry = await runRetention(t.ctx, { dryRun: true, startedBy: 'cli', actor });
    expect(rule(dry, 'audit.audit_log')?.count).toBe(lastOld);
    expect(rule(dry, 'audit.access_log')?.count).toBe(13);
    expect((await seqs()).slice(0, before.length)).toEqual(before);
    expect(await cuts()).toEqual([]);
  });

  it('a run cuts the chain in signed batches; verify-audit accepts it and the page says where it starts', async () => {
    const result = await runRetention(t.ctx, { dryRun: false, startedBy: 'cli', actor, batchSize: 10 });
    expect(rule(result, 'audit.audit_log')).toMatchObject({ count: lastOld, failed: false });
    expect(rule(result, 'audit.access_log')).toMatchObject({ count: 13, failed: false });
    const all = await cuts();
    expect(all.length).toBe(Math.ceil(lastOld / 10));
    // Each cut follows the one before; together they count every deleted event.
    expect(all.map((c) => c.previousSeq)).toEqual([0, ...all.slice(0, -1).map((c) => c.seq)]);
    expect(all.reduce((n, c) => n + c.deleted, 0)).toBe(lastOld);
    expect(all.at(-1)?.seq).toBe(lastOld);
    expect((await seqs())[0]).toBe(firstRecent);
    const recent = await t.ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'test.recent'));
    expect(recent).toHaveLength(5);
    const chain = await verifyAuditChain(t.ctx.db);
    expect(chain).toMatchObject({ ok: true, cutSeq: lastOld });
    // The events of the run itself (cuts, batches) come after the recent ones and stay.
    const actions = (await t.ctx.db.select({ a: auditEvents.action }).from(auditEvents)).map((r) => r.a);
    expect(actions.filter((a) => a === 'audit.chain.cut')).toHaveLength(all.length);
    expect(await writeCheckpoint(t.ctx.db, { dataDir: t.ctx.config.dataDir, keys, now: new Date(clock.now().getTime() + 60_000) })).toMatchObject({ ok: true });
    expect(await verdict()).toMatchObject({ ok: true, missingSinceCheckpoint: 0, checkpointMismatch: false });
    const lines = await t.ctx.db.select().from(accessLog).where(sql`${accessLog.userLabel} like '%(fictief)'`);
    expect(lines.map((l) => l.recordId)).toEqual(['D-RECENT']);
    const { client } = await signedInAs(t.ctx, t.staffApp, ['privacy_officer']);
    const page = await client.get('/logboek/audit');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`De keten begint na #${lastOld}`);
    expect(page.body).toContain('Keten intact');
    // A second run finds nothing more to cut: the recent events are not past the period.
    const again = await runRetention(t.ctx, { dryRun: false, startedBy: 'cli', actor });
    expect(rule(again, 'audit.audit_log')?.count).toBe(0);
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
  });

  it('still refuses a delete outside a cut, also with the retention setting on', async () => {
    await expect(t.ctx.db.execute(sql`DELETE FROM audit_events WHERE seq = ${firstRecent}`)).rejects.toThrow();
    await expect(t.ctx.db.execute(sql`DELETE FROM access_log`)).rejects.toThrow();
    await expect(
      t.ctx.db.transaction(async (tx) => {
        await tx.execute(sql`SELECT set_config('vangnet.retention_delete', 'on', true)`);
        await tx.execute(sql`DELETE FROM audit_events WHERE seq = ${firstRecent}`);
      }),
    ).rejects.toThrow();
    await expect(t.ctx.db.execute(sql`DELETE FROM audit_cuts`)).rejects.toThrow();
    expect((await seqs())[0]).toBe(firstRecent);
  });

  it('stops at the first event about a held dossier, and names the dossier', async () => {
    const later = { expiredBefore: new Date('2100-01-01T00:00:00Z'), limit: 1000, dryRun: true };
    const [heldEvent] = await t.ctx.db.select({ seq: auditEvents.seq }).from(auditEvents).where(eq(auditEvents.targetId, HELD));
    const cutSeq = (await newestCut()).seq;
    expect(await cutAuditChain(t.ctx, { ...later, heldDossiers: [HELD] })).toEqual({ count: (heldEvent?.seq ?? 0) - cutSeq - 1, held: [HELD] });
    const all = await cutAuditChain(t.ctx, later);
    expect(all.count).toBe((await seqs()).length - 1);
    const accessRule = auditRetention.find((r) => r.key === 'audit.access_log');
    await t.ctx.db.insert(accessLog).values({ at: inYears('2030-01-15T09:00:00Z'), userId: '00000000-0000-4000-8000-000000000019', userLabel: 'Lezer (fictief)', recordType: 'dossier', recordId: HELD, action: 'view' });
    const options = { expiredBefore: inYears('2031-01-01T00:00:00Z'), limit: 100, dryRun: true, isHeld: (id: string) => id === HELD };
    const old = (await t.ctx.db.select().from(accessLog).where(sql`${accessLog.at} < ${options.expiredBefore}`)).length;
    expect(await accessRule?.purge(t.ctx, { ...options, heldDossiers: [HELD] })).toEqual({ count: old - 1, held: [HELD] });
    expect(await accessRule?.purge(t.ctx, { ...options, heldDossiers: [] })).toEqual({ count: old, held: [] });
  });

  it('finds a change, a deletion and an insertion after the cut', async () => {
    const target = firstRecent + 2;
    const [row] = await t.ctx.db.select().from(auditEvents).where(eq(auditEvents.seq, target));
    await asOwner('audit_events', sql`UPDATE audit_events SET details = '{"i": 999}'::jsonb WHERE seq = ${target}`);
    expect(await verifyAuditChain(t.ctx.db)).toMatchObject({ ok: false, brokenAt: target, reason: 'hash' });
    await asOwner('audit_events', sql`UPDATE audit_events SET details = ${JSON.stringify(row?.details)}::jsonb WHERE seq = ${target}`);
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);

    // The first event after the cut deleted: the chain no longer starts where the cut says.
    const [first] = await t.ctx.db.select().from(auditEvents).where(eq(auditEvents.seq, firstRecent));
    await asOwner('audit_events', sql`DELETE FROM audit_events WHERE seq = ${firstRecent}`);
    expect(await verifyAuditChain(t.ctx.db)).toMatchObject({ ok: false, brokenAt: firstRecent, reason: 'gap' });
    await t.ctx.db.insert(auditEvents).values(first as typeof auditEvents.$inferInsert);
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);

    // An event slipped in at the end without the key.
    const [head] = await t.ctx.db.select().from(auditEvents).orderBy(sql`${auditEvents.seq} DESC`).limit(1);
    await t.ctx.db.insert(auditEvents).values({ ...(head as typeof auditEvents.$inferInsert), seq: (head?.seq ?? 0) + 1, prevHash: head?.hash ?? '', hash: 'f'.repeat(64), action: 'test.inserted' });
    expect(await verifyAuditChain(t.ctx.db)).toMatchObject({ ok: false, brokenAt: (head?.seq ?? 0) + 1, reason: 'hash' });
    await asOwner('audit_events', sql`DELETE FROM audit_events WHERE action = 'test.inserted'`);
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);
  });

  it('refuses a forged cut: another key, an edited hash, a cut removed, a genuine signature over the wrong hash', async () => {
    const genuine = await newestCut();
    const forgeAt = firstRecent + 1;
    const other = generateKeyPairSync('ed25519').privateKey;
    const base = { seq: forgeAt, hash: 'a'.repeat(64), previousSeq: genuine.seq, deleted: forgeAt - genuine.seq, firstKeyedSeq: genuine.firstKeyedSeq, expiredBefore: clock.now(), at: clock.now() };

    // Signed with a key that is not the installation's: named, and the chain refused.
    await t.ctx.db.insert(auditCuts).values(signCut(base, other));
    expect(await verifyAuditChain(t.ctx.db)).toMatchObject({ ok: false, brokenAt: forgeAt, reason: 'cut' });
    expect(await verdict()).toMatchObject({ ok: false });
    await asOwner('audit_cuts', sql`DELETE FROM audit_cuts WHERE seq = ${forgeAt}`);
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);

    // The genuine cut's hash edited in the database: its signature no longer holds.
    await asOwner('audit_cuts', sql`UPDATE audit_cuts SET hash = ${'b'.repeat(64)} WHERE seq = ${genuine.seq}`);
    expect(await verifyAuditChain(t.ctx.db)).toMatchObject({ ok: false, brokenAt: genuine.seq, reason: 'cut' });
    await asOwner('audit_cuts', sql`UPDATE audit_cuts SET hash = ${genuine.hash} WHERE seq = ${genuine.seq}`);
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);

    // The newest cut removed: the chain falls back to the cut before it and no longer fits.
    await asOwner('audit_cuts', sql`DELETE FROM audit_cuts WHERE seq = ${genuine.seq}`);
    expect(await verifyAuditChain(t.ctx.db)).toMatchObject({ ok: false, reason: 'gap' });
    await t.ctx.db.insert(auditCuts).values(genuine);
    expect((await verifyAuditChain(t.ctx.db)).ok).toBe(true);

    // Even with the right key, a cut over a hash that is not the deleted event's does not fit the chain.
    await t.ctx.db.insert(auditCuts).values(signCut(base, keys.signingKey));
    await asOwner('audit_events', sql`DELETE FROM audit_events WHERE seq <= ${forgeAt}`);
    expect(await verifyAuditChain(t.ctx.db)).toMatchObject({ ok: false, brokenAt: forgeAt + 1, reason: 'link' });
  });
});
