import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { type AuditKeys, installedAuditKeys } from '../keys/audit-keys.ts';
import { chainHash, GENESIS_HASH } from '../chain/chain-hash.ts';
import { checkpointDir, verifyAgainstCheckpoint, writeCheckpoint } from './checkpoint.ts';
import { recordAuditEvent } from '../chain/record-audit-event.ts';
import { auditEvents } from '../schema.ts';

let t: TestApp;
let keys: AuditKeys;
/** Rows the app wrote at start (default pages) plus the 20 of this file. */
let total = 0;

/** As the database owner: with the append-only triggers off, as finding 8 of issue 12 did. */
const asOwner = async (statement: ReturnType<typeof sql>) => {
  await t.ctx.db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER USER`);
  try {
    await t.ctx.db.execute(statement);
  } finally {
    await t.ctx.db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER USER`);
  }
};

const allRows = () => t.ctx.db.select().from(auditEvents).orderBy(auditEvents.seq);

/** What someone without the key can do: change a row, then re-hash it and every later row with plain SHA-256. */
const rehashFrom = async (fromSeq: number, alg: 'keep' | 'sha256') => {
  const rows = await allRows();
  let prev = rows.find((r) => r.seq === fromSeq - 1)?.hash ?? GENESIS_HASH;
  for (const row of rows.filter((r) => r.seq >= fromSeq)) {
    const { hash: _old, hashAlg, ...fields } = row;
    const hash = chainHash({ ...fields, prevHash: prev });
    await asOwner(
      sql`UPDATE audit_events SET prev_hash = ${prev}, hash = ${hash}, hash_alg = ${alg === 'keep' ? hashAlg : 'sha256'} WHERE seq = ${row.seq}`,
    );
    prev = hash;
  }
};

const verdict = () => verifyAgainstCheckpoint(t.ctx.db, { dataDir: t.ctx.config.dataDir, keys });

beforeAll(async () => {
  t = await createTestApp();
  keys = installedAuditKeys() as AuditKeys;
  for (let i = 0; i < 20; i += 1) {
    await recordAuditEvent(t.ctx.db, { actor: { userId: null, label: 'beheer@vangnet.test' }, action: 'test.checkpoint', details: { i } });
  }
  total = (await allRows()).length;
  // After the checkpoint the app wrote at start (its own clock), so this one is the newest by name.
  const written = await writeCheckpoint(t.ctx.db, { dataDir: t.ctx.config.dataDir, keys, now: new Date(t.ctx.clock.now().getTime() + 60_000) });
  expect(written.ok).toBe(true);
});
afterAll(async () => {
  await t?.close();
});

describe('the keyed audit chain with signed checkpoints (issue 12 point 6)', () => {
  it('new rows are keyed (HMAC), the checkpoint is signed and the log verifies against it', async () => {
    const rows = (await allRows()).filter((r) => r.action === 'test.checkpoint');
    expect(rows).toHaveLength(20);
    expect(rows.every((r) => r.hashAlg === 'hmac-sha256')).toBe(true);
    expect(rows[0] ? chainHash(rows[0]) : '').not.toBe(rows[0]?.hash);
    expect(await verdict()).toMatchObject({ ok: true, missingSinceCheckpoint: 0, checkpointMismatch: false, checkpoint: { count: total } });
  });

  it('notices the newest row deleted: the chain itself holds, the checkpoint counts one more', async () => {
    const [newest] = await t.ctx.db.select().from(auditEvents).orderBy(sql`${auditEvents.seq} DESC`).limit(1);
    await asOwner(sql`DELETE FROM audit_events WHERE seq = ${newest?.seq}`);
    const v = await verdict();
    expect(v.chain).toMatchObject({ ok: true, count: total - 1 });
    expect(v).toMatchObject({ ok: false, missingSinceCheckpoint: 1 });
    await t.ctx.db.insert(auditEvents).values(newest as typeof auditEvents.$inferInsert);
    expect((await verdict()).ok).toBe(true);
  });

  it('notices a changed row re-hashed with plain SHA-256, whether or not the row is marked unkeyed', async () => {
    const before = await allRows();
    const target = total - 8;
    await asOwner(sql`UPDATE audit_events SET details = '{"i": 999}'::jsonb WHERE seq = ${target}`);
    await rehashFrom(target, 'keep');
    expect((await verdict()).chain).toMatchObject({ ok: false, brokenAt: target, reason: 'hash' });
    await rehashFrom(target, 'sha256');
    expect((await verdict()).chain).toMatchObject({ ok: false, brokenAt: target, reason: 'downgrade' });
    // The whole chain re-hashed without the key holds in itself; the signed checkpoint does not.
    await rehashFrom(1, 'sha256');
    const whole = await verdict();
    expect(whole.chain).toMatchObject({ ok: true, count: total });
    expect(whole).toMatchObject({ ok: false, checkpointMismatch: true });
    for (const row of before) {
      await asOwner(sql`UPDATE audit_events SET details = ${JSON.stringify(row.details)}::jsonb, prev_hash = ${row.prevHash}, hash = ${row.hash}, hash_alg = ${row.hashAlg} WHERE seq = ${row.seq}`);
    }
    expect((await verdict()).ok).toBe(true);
  });

  it('ignores and names a checkpoint whose signature does not hold', async () => {
    const dir = checkpointDir(t.ctx.config.dataDir);
    const name = readdirSync(dir).sort().at(-1) as string;
    const forged = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { checkpoint: { count: number } };
    forged.checkpoint.count = 5;
    writeFileSync(path.join(dir, name.replace('.json', '-z.json')), JSON.stringify(forged));
    const v = await verdict();
    expect(v.badSignatures).toEqual([name.replace('.json', '-z.json')]);
    expect(v.checkpoint?.count).toBe(total);
    expect(v.ok).toBe(false);
  });

  it('notices a truncated and a dropped table', async () => {
    await asOwner(sql`TRUNCATE audit_events`);
    expect(await verdict()).toMatchObject({ ok: false, missingSinceCheckpoint: total, chain: { ok: true, count: 0 } });
    await t.ctx.db.execute(sql`DROP TABLE audit_events`);
    expect(await verdict()).toMatchObject({ ok: false, tableMissing: true, missingSinceCheckpoint: total });
  });
});
