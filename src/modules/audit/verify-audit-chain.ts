import type { Db } from '../../db/client.ts';
import { chainHash, GENESIS_HASH } from './chain-hash.ts';
import { readAuditBatch } from './queries.ts';

export type ChainReport =
  /** headHash: the hash of the last event. Noted down outside Vangnet, it also reveals lost last rows. */
  | { ok: true; count: number; headHash: string }
  | { ok: false; count: number; brokenAt: number; reason: 'hash' | 'link' | 'gap' };

/** Walks the whole audit chain in order and names the first row that does not fit. */
export const verifyAuditChain = async (db: Db): Promise<ChainReport> => {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  for (;;) {
    const rows = await readAuditBatch(db, expectedSeq - 1, 1000);
    if (rows.length === 0) return { ok: true, count, headHash: prevHash };
    for (const row of rows) {
      if (row.seq !== expectedSeq) return { ok: false, count, brokenAt: expectedSeq, reason: 'gap' };
      if (row.prevHash !== prevHash) return { ok: false, count, brokenAt: row.seq, reason: 'link' };
      const { hash, ...fields } = row;
      if (chainHash(fields) !== hash) return { ok: false, count, brokenAt: row.seq, reason: 'hash' };
      prevHash = hash;
      expectedSeq += 1;
      count += 1;
    }
  }
};
