import type { AppContext } from '../../../app/context.ts';
import type { RetentionPurged } from '../../../app/module.ts';
import { GENESIS_HASH } from '../chain/chain-hash.ts';
import { recordAuditEvent } from '../chain/record-audit-event.ts';
import { checkRow, type WalkState } from '../chain/verify-audit-chain.ts';
import { readCutState, signCut } from '../checkpoints/chain-cut.ts';
import { installedAuditKeys } from '../keys/audit-keys.ts';
import { allowRetentionDelete, deleteEventsThrough, insertCut, lockAuditChain, selectCutCandidates, selectHeldWithExpiredEvents } from '../queries.ts';

export type CutOptions = { expiredBefore: Date; limit: number; dryRun: boolean; heldDossiers?: readonly string[] };

/**
 * Deletes the oldest audit events that are past the period (at most `limit`, from the start of the
 * chain, never the newest) behind a signed cut (issue 19). In the caller's transaction (the
 * retention batch): lock the chain, check the events that go against the chain so far (a broken
 * chain is never cut: the break would vanish with the rows), write the signed cut naming the last
 * one's number and hash, delete them (the trigger allows it only up to a cut), and record the cut
 * as an audit event. An event about a held dossier, and every event after it, stays.
 */
export const cutAuditChain = async (ctx: AppContext, o: CutOptions): Promise<RetentionPurged> => {
  const keys = installedAuditKeys();
  if (!keys) throw new Error('audit keys not installed: the audit chain cannot be cut');
  const db = ctx.db;
  if (!o.dryRun) await lockAuditChain(db);
  const cuts = await readCutState(db, keys.publicKey);
  if (!cuts.ok) throw new Error(`audit chain cut #${cuts.badSeq} has a bad signature: not cut again`);
  const previous = cuts.cut;
  const afterSeq = previous?.seq ?? 0;
  const heldDossiers = o.heldDossiers ?? [];
  const rows = await selectCutCandidates(db, { afterSeq, expiredBefore: o.expiredBefore, heldDossiers, limit: o.limit });
  const held = await selectHeldWithExpiredEvents(db, { afterSeq, expiredBefore: o.expiredBefore, heldDossiers });
  const last = rows.at(-1);
  if (o.dryRun || !last) return { count: rows.length, held };

  const walk: WalkState = { expectedSeq: afterSeq + 1, prevHash: previous?.hash ?? GENESIS_HASH, firstKeyedSeq: previous?.firstKeyedSeq ?? null };
  for (const row of rows) {
    const broken = checkRow(row, walk, keys.hmacKey);
    if (broken) throw new Error(`audit chain broken at #${row.seq} (${broken}): not cut`);
  }
  const cut = signCut(
    { seq: last.seq, hash: last.hash, previousSeq: afterSeq, deleted: rows.length, firstKeyedSeq: walk.firstKeyedSeq, expiredBefore: o.expiredBefore, at: ctx.clock.now() },
    keys.signingKey,
  );
  await insertCut(db, cut);
  await allowRetentionDelete(db);
  const deleted = await deleteEventsThrough(db, afterSeq, last.seq);
  if (deleted !== rows.length) throw new Error(`audit chain cut: ${deleted} events deleted, ${rows.length} expected`);
  await recordAuditEvent(db, {
    actor: { userId: null, label: 'system' },
    action: 'audit.chain.cut',
    targetType: 'audit_chain',
    targetId: String(last.seq),
    details: { seq: last.seq, hash: last.hash, previousSeq: afterSeq, deleted, totalDeleted: last.seq, expiredBefore: o.expiredBefore.toISOString() },
  });

  return { count: deleted, held };
};
