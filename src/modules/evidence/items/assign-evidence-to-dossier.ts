import type { AppContext } from '../../../app/context.ts';
import { conflict, notFound } from '../../../app/errors.ts';
import { type Actor, recordCustodyEvent } from '../custody.ts';
import { findEvidenceItem, setDossier } from '../queries.ts';

/**
 * Gives a loose evidence item to a dossier, once (the database refuses to move it later). The caller
 * checks that the actor may change that dossier. Recorded as a custody event of the item.
 */
export const assignEvidenceToDossier = async (ctx: AppContext, input: { actor: Actor; evidenceId: string; dossierId: string }): Promise<void> => {
  const item = await findEvidenceItem(ctx.db, input.evidenceId);
  if (!item) throw notFound('evidence');
  if (item.dossierId === input.dossierId) return;
  if (item.dossierId) throw conflict('evidence already belongs to another dossier');
  await ctx.db.transaction(async (tx) => {
    const updated = await setDossier(tx, item.id, input.dossierId);
    if (updated.length === 0) throw conflict('evidence already belongs to a dossier');
    await recordCustodyEvent(tx, { actor: input.actor, action: 'custody.assign', evidenceId: item.id, details: { dossierId: input.dossierId, sha256: item.sha256 } });
  });
};
