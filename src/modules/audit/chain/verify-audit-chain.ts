import type { Db } from '../../../db/client.ts';
import { installedAuditKeys } from '../keys/audit-keys.ts';
import { GENESIS_HASH, hashRow } from './chain-hash.ts';
import { readAuditBatch } from '../queries.ts';

export type ChainReport =
  /** headHash: the hash of the last event; firstKeyedSeq: where the keyed (HMAC) chain starts, if it does. */
  | { ok: true; count: number; headHash: string; firstKeyedSeq: number | null }
  | { ok: false; count: number; brokenAt: number; reason: 'hash' | 'link' | 'gap' | 'downgrade' | 'noKey' };

/**
 * Walks the whole audit chain in order and names the first row that does not fit. Rows from before
 * the keyed chain are checked with plain SHA-256; from the first keyed row on, every row must be
 * keyed (a plain row after it is what a re-hash without the key would leave).
 */
export const verifyAuditChain = async (db: Db, hmacKey: Buffer | null = installedAuditKeys()?.hmacKey ?? null): Promise<ChainReport> => {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  let firstKeyedSeq: number | null = null;
  for (;;) {
    const rows = await readAuditBatch(db, expectedSeq - 1, 1000);
    if (rows.length === 0) return { ok: true, count, headHash: prevHash, firstKeyedSeq };
    for (const row of rows) {
      if (row.seq !== expectedSeq) return { ok: false, count, brokenAt: expectedSeq, reason: 'gap' };
      if (row.prevHash !== prevHash) return { ok: false, count, brokenAt: row.seq, reason: 'link' };
      const { hash, hashAlg, ...fields } = row;
      if (hashAlg === 'hmac-sha256') firstKeyedSeq ??= row.seq;
      else if (firstKeyedSeq !== null) return { ok: false, count, brokenAt: row.seq, reason: 'downgrade' };
      const expected = hashRow(fields, hashAlg, hmacKey);
      if (expected === null) return { ok: false, count, brokenAt: row.seq, reason: 'noKey' };
      if (expected !== hash) return { ok: false, count, brokenAt: row.seq, reason: 'hash' };
      prevHash = hash;
      expectedSeq += 1;
      count += 1;
    }
  }
};
