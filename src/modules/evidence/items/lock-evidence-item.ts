import type { AppContext } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { type Actor, recordCustodyEvent } from '../custody.ts';
import { clearArtefactStorage, findEvidenceItem, listArtefacts, markLocked } from '../queries.ts';
import { evidenceStore } from './storage.ts';

/**
 * "Possible abuse image" (DESIGN §3 rule 1): the item is locked, its stored files are removed, and only
 * its hash and the written decision stay, so the police route can match it. The files go after the
 * lock commits: a failed lock never loses evidence, and a crash in between leaves only an orphaned
 * encrypted file that nothing points to.
 */
export const lockEvidenceItem = async (ctx: AppContext, input: { actor: Actor; evidenceId: string; decision: string }): Promise<void> => {
  const decision = input.decision.trim().slice(0, 2000);
  if (!decision) throw new Error('a lock needs a written decision');
  const item = await findEvidenceItem(ctx.db, input.evidenceId);
  if (!item) throw notFound('evidence');
  if (item.locked) return;
  const artefacts = await listArtefacts(ctx.db, [item.id]);
  const keys = [item.storageKey, ...artefacts.map((a) => a.storageKey)].filter((k): k is string => Boolean(k));
  await ctx.db.transaction(async (tx) => {
    await markLocked(tx, item.id, { by: input.actor.id, at: new Date(), decision });
    await clearArtefactStorage(tx, item.id);
    await recordCustodyEvent(tx, {
      actor: input.actor,
      action: 'custody.lock',
      evidenceId: item.id,
      details: { sha256: item.sha256, decision, removedFiles: keys.length },
    });
  });
  const store = evidenceStore(ctx);
  for (const key of keys) store.remove(key);
};
