import type { KeyObject } from 'node:crypto';
import type { Db } from '../../../db/client.ts';
import { readCutState } from '../checkpoints/chain-cut.ts';
import { installedAuditKeys } from '../keys/audit-keys.ts';
import { readAuditBatch } from '../queries.ts';
import type { auditEvents } from '../schema.ts';
import { GENESIS_HASH, hashRow } from './chain-hash.ts';

export type ChainReport =
  /**
   * count: events present; headHash/headSeq: the last event; cutSeq: where the chain was cut (the
   * last deleted event, 0 when never cut); firstKeyedSeq: where the keyed (HMAC) chain starts, if it does.
   */
  | { ok: true; count: number; headHash: string; headSeq: number; cutSeq: number; firstKeyedSeq: number | null }
  /** cut: a signed cut of the chain whose signature does not hold (brokenAt is its number). */
  | { ok: false; count: number; brokenAt: number; reason: 'hash' | 'link' | 'gap' | 'downgrade' | 'noKey' | 'cut' };

type Row = typeof auditEvents.$inferSelect;

/** Where a walk along the chain stands: the next number, the hash it must link to, the keyed start. */
export type WalkState = { expectedSeq: number; prevHash: string; firstKeyedSeq: number | null };

/**
 * Checks one row against the walk so far and moves the walk on. Rows from before the keyed chain are
 * checked with plain SHA-256; from the first keyed row on, every row must be keyed (a plain row after
 * it is what a re-hash without the key would leave).
 */
export const checkRow = (row: Row, state: WalkState, hmacKey: Buffer | null): 'hash' | 'link' | 'gap' | 'downgrade' | 'noKey' | null => {
  if (row.seq !== state.expectedSeq) return 'gap';
  if (row.prevHash !== state.prevHash) return 'link';
  const { hash, hashAlg, ...fields } = row;
  if (hashAlg === 'hmac-sha256') state.firstKeyedSeq ??= row.seq;
  else if (state.firstKeyedSeq !== null) return 'downgrade';
  const expected = hashRow(fields, hashAlg, hmacKey);
  if (expected === null) return 'noKey';
  if (expected !== hash) return 'hash';
  state.prevHash = hash;
  state.expectedSeq += 1;

  return null;
};

/**
 * Walks the whole audit chain in order and names the first row that does not fit. A chain cut by the
 * retention job starts at its newest signed cut: the first event after it must link to the cut's hash.
 */
export const verifyAuditChain = async (
  db: Db,
  hmacKey: Buffer | null = installedAuditKeys()?.hmacKey ?? null,
  publicKey: KeyObject | null = installedAuditKeys()?.publicKey ?? null,
): Promise<ChainReport> => {
  // A retention batch may cut the chain while the walk reads it (another process, PostgreSQL): a
  // break found while the newest cut moved is walked again from the new cut, not reported.
  for (let attempt = 1; ; attempt += 1) {
    const { report, cutSeq } = await walkChain(db, hmacKey, publicKey);
    if (report.ok || attempt >= 3) return report;
    const now = await readCutState(db, publicKey);
    if (!now.ok || (now.cut?.seq ?? 0) === cutSeq) return report;
  }
};

/** One walk from the newest cut, with the cut it started from. */
const walkChain = async (db: Db, hmacKey: Buffer | null, publicKey: KeyObject | null): Promise<{ report: ChainReport; cutSeq: number | null }> => {
  const cuts = await readCutState(db, publicKey);
  if (!cuts.ok) return { report: { ok: false, count: 0, brokenAt: cuts.badSeq, reason: cuts.noKey ? 'noKey' : 'cut' }, cutSeq: null };
  const cutSeq = cuts.cut?.seq ?? 0;
  const state: WalkState = { expectedSeq: cutSeq + 1, prevHash: cuts.cut?.hash ?? GENESIS_HASH, firstKeyedSeq: cuts.cut?.firstKeyedSeq ?? null };
  let count = 0;
  for (;;) {
    const rows = await readAuditBatch(db, state.expectedSeq - 1, 1000);
    if (rows.length === 0) {
      // A cut never takes the newest event, so a cut chain with nothing after it was emptied.
      if (cutSeq > 0 && count === 0) return { report: { ok: false, count, brokenAt: cutSeq + 1, reason: 'gap' }, cutSeq };
      return { report: { ok: true, count, headHash: state.prevHash, headSeq: state.expectedSeq - 1, cutSeq, firstKeyedSeq: state.firstKeyedSeq }, cutSeq };
    }
    for (const row of rows) {
      const broken = checkRow(row, state, hmacKey);
      if (broken) return { report: { ok: false, count, brokenAt: broken === 'gap' ? state.expectedSeq : row.seq, reason: broken }, cutSeq };
      count += 1;
    }
  }
};
