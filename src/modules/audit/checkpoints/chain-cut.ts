import { type KeyObject, sign, verify } from 'node:crypto';
import type { Db } from '../../../db/client.ts';
import { canonicalJson } from '../chain/chain-hash.ts';
import { selectCuts } from '../queries.ts';
import type { auditCuts } from '../schema.ts';

/**
 * A signed cut of the audit chain (issue 19): the retention job deletes the oldest events, and the
 * cut says which event was the last to go (its number and hash), how many went and where the keyed
 * chain started. It is signed with the installation's Ed25519 key (the key file, outside the
 * database), so someone who can only write the database can neither move the start of the chain
 * nor make a cut of their own: verify-audit starts at the newest cut whose signature holds and
 * refuses the chain when any cut's signature does not.
 */
export type ChainCut = typeof auditCuts.$inferSelect;

type Signed = Omit<ChainCut, 'signature'>;

/** What the signature covers: every field, in a fixed text (version 1), times as ISO strings. */
const payload = (c: Signed) =>
  Buffer.from(
    canonicalJson({
      version: 1,
      kind: 'audit-chain-cut',
      seq: c.seq,
      hash: c.hash,
      previousSeq: c.previousSeq,
      deleted: c.deleted,
      firstKeyedSeq: c.firstKeyedSeq,
      expiredBefore: c.expiredBefore.toISOString(),
      at: c.at.toISOString(),
    }),
    'utf8',
  );

export const signCut = (c: Signed, signingKey: KeyObject): ChainCut => ({ ...c, signature: sign(null, payload(c), signingKey).toString('base64url') });

export const cutSignatureHolds = (c: ChainCut, publicKey: KeyObject): boolean => {
  try {
    return verify(null, payload(c), publicKey, Buffer.from(c.signature, 'base64url'));
  } catch {
    return false;
  }
};

export type CutState =
  /** cut: the newest cut, when every cut's signature holds (null: the chain was never cut). */
  | { ok: true; cut: ChainCut | null }
  /** A cut whose signature does not hold (or cannot be checked without the key), by its number. */
  | { ok: false; badSeq: number; noKey: boolean };

/** The cuts of the chain, checked: the newest one is where the chain now starts. */
export const readCutState = async (db: Db, publicKey: KeyObject | null): Promise<CutState> => {
  const cuts = await selectCuts(db);
  for (const c of cuts) {
    if (!publicKey) return { ok: false, badSeq: c.seq, noKey: true };
    if (!cutSignatureHolds(c, publicKey)) return { ok: false, badSeq: c.seq, noKey: false };
  }

  return { ok: true, cut: cuts[0] ?? null };
};
