import type { Db } from '../../../db/client.ts';
import { installedAuditKeys } from '../keys/audit-keys.ts';
import { chainHash, GENESIS_HASH, keyedChainHash } from './chain-hash.ts';
import { findChainTail, insertAuditEvent, lockAuditChain } from '../queries.ts';

export type AuditActor = { userId: string | null; label: string; ip?: string | null };

export type AuditEventInput = {
  actor: AuditActor;
  /** A dotted verb, e.g. auth.signin.ok, user.create, custody.view */
  action: string;
  targetType?: string;
  targetId?: string;
  details?: Record<string, unknown>;
};

/**
 * Appends one event to the hash-chained audit log. Pass the transaction of the change it records, so
 * the change and its audit line commit together or not at all.
 */
export const recordAuditEvent = (db: Db, e: AuditEventInput): Promise<void> => appendAuditEvent(db, e, new Date());

/**
 * The append itself, at a given time. Production code always appends at the present (above); tests
 * plant old events through testing.ts to try the retention cut on a chain of some age.
 */
export const appendAuditEvent = async (db: Db, e: AuditEventInput, at: Date): Promise<void> => {
  await db.transaction(async (tx) => {
    await lockAuditChain(tx);
    const tail = await findChainTail(tx);
    const fields = {
      seq: (tail?.seq ?? 0) + 1,
      // Millisecond precision, so the time read back from the database hashes the same.
      at,
      actorUserId: e.actor.userId,
      actorLabel: e.actor.label,
      action: e.action,
      targetType: e.targetType ?? null,
      targetId: e.targetId ?? null,
      details: e.details ?? {},
      ip: e.actor.ip ?? null,
      prevHash: tail?.hash ?? GENESIS_HASH,
    };
    // Keyed whenever the installation's key is loaded (always in the app); a bare database handle
    // (a maintenance script) still writes a valid plain row, which the check accepts only before the
    // first keyed row.
    const key = installedAuditKeys()?.hmacKey;
    const hash = key ? keyedChainHash(fields, key) : chainHash(fields);
    await insertAuditEvent(tx, { ...fields, hash, hashAlg: key ? 'hmac-sha256' : 'sha256' });
  });
};
