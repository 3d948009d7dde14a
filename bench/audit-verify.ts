/**
 * Audit chain verification (issue 12 point 6): time to verify N events of the keyed chain
 * (HMAC-SHA-256, what `vangnet verify-audit` does now) against the old unkeyed chain (plain SHA-256)
 * of the same events, both read from the database in the same run, plus the hashing alone.
 *
 *   node --import tsx bench/audit-verify.ts      (AUDIT_EVENTS=N, default 20000; the issue asks for 1,000,000)
 *
 * On PGlite in memory. Prints a table and writes bench/results/audit-verify.json. Not a test.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { openPglite } from '../src/db/client.ts';
import { runMigrations } from '../src/db/migrate.ts';
import { type ChainedFields, chainHash, GENESIS_HASH, keyedChainHash } from '../src/modules/audit/chain/chain-hash.ts';
import { auditEvents } from '../src/modules/audit/schema.ts';
import { verifyAuditChain } from '../src/modules/audit/chain/verify-audit-chain.ts';

const N = Number(process.env.AUDIT_EVENTS ?? 20_000);
const key = randomBytes(32);

const fill = async (keyed: boolean) => {
  const database = await openPglite({ instance: await PGlite.create() });
  await runMigrations(database);
  let prev = GENESIS_HASH;
  const start = Date.UTC(2027, 0, 1);
  for (let from = 1; from <= N; from += 1000) {
    const batch: (typeof auditEvents.$inferInsert)[] = [];
    for (let seq = from; seq < Math.min(N + 1, from + 1000); seq += 1) {
      const fields: ChainedFields = {
        seq,
        at: new Date(start + seq * 1000),
        actorUserId: null,
        actorLabel: `medewerker${seq % 17}@vangnet.test`,
        action: 'bench.event',
        targetType: 'dossier',
        targetId: `D-2027-${seq}`,
        details: { seq, note: 'fictief' },
        ip: '192.0.2.1',
        prevHash: prev,
      };
      const hash = keyed ? keyedChainHash(fields, key) : chainHash(fields);
      batch.push({ ...fields, hash, hashAlg: keyed ? 'hmac-sha256' : 'sha256' });
      prev = hash;
    }
    await database.db.insert(auditEvents).values(batch);
  }

  return database;
};

const time = async (work: () => Promise<unknown>) => {
  const t0 = performance.now();
  const out = await work();
  return { ms: performance.now() - t0, out };
};

const keyedDb = await fill(true);
const plainDb = await fill(false);
const keyed = await time(() => verifyAuditChain(keyedDb.db, key));
const plain = await time(() => verifyAuditChain(plainDb.db, null));
const sample: ChainedFields = { seq: 1, at: new Date(), actorUserId: null, actorLabel: 'x@vangnet.test', action: 'bench', targetType: null, targetId: null, details: { a: 1 }, ip: null, prevHash: GENESIS_HASH };
const hashOnly = async (f: () => string) => time(async () => { for (let i = 0; i < N; i += 1) f(); });
const hmacOnly = await hashOnly(() => keyedChainHash(sample, key));
const shaOnly = await hashOnly(() => chainHash(sample));
await keyedDb.close();
await plainDb.close();

const perSecond = (ms: number) => Math.round(N / (ms / 1000));
const rows = [
  ['verify, keyed (HMAC-SHA-256)', keyed.ms, (keyed.out as { ok: boolean }).ok],
  ['verify, unkeyed (SHA-256, baseline)', plain.ms, (plain.out as { ok: boolean }).ok],
  ['hashing only, HMAC-SHA-256', hmacOnly.ms, true],
  ['hashing only, SHA-256 (baseline)', shaOnly.ms, true],
] as const;
console.log(`Audit chain verification, ${N} events (scale: ${(N / 1_000_000).toFixed(3)} of the 1,000,000 asked), PGlite in memory`);
for (const [name, ms, ok] of rows) console.log(`  ${name.padEnd(38)} ${ms.toFixed(0).padStart(8)} ms  ${String(perSecond(ms)).padStart(9)} events/s  ${ok ? 'ok' : 'NOT OK'}`);
console.log(`  keyed / unkeyed verify: ${(keyed.ms / plain.ms).toFixed(2)}×; projected for 1,000,000 events: ${((keyed.ms / N) * 1_000_000 / 1000).toFixed(0)} s keyed, ${((plain.ms / N) * 1_000_000 / 1000).toFixed(0)} s unkeyed`);
const dir = path.join(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'audit-verify.json'), `${JSON.stringify({ events: N, rows: rows.map(([name, ms, ok]) => ({ name, ms, ok })) }, null, 2)}\n`);
