import type { Db } from '../../../db/client.ts';
import { type Actor, recordDossierChange } from '../actor.ts';
import { setStatusFrom } from '../queries/handover.ts';
import { checkTransition, isStatus } from '../dossier/workflow.ts';

/**
 * A referral was made (by the chain module, in its own transaction `tx`): the dossier moves to
 * "doorverwezen" when the workflow allows it (from "besluit"), and the timeline and audit log say so.
 * The retention rule "dossier referred" counts on this status. From another status the referral is
 * recorded without a jump (the dossier still needs its own decision); `moved` says which happened.
 * Only from the status the caller read (`dossier.status`): a change in between leaves it as it is.
 */
export const recordReferral = async (
  tx: Db,
  actor: Actor,
  dossier: { id: string; status: string },
  details: Record<string, string | number | boolean | null>,
): Promise<{ moved: boolean }> => {
  const from = dossier.status;
  const allowed = isStatus(from) && checkTransition(from, 'referred', { reason: '', viaAction: true }).ok;
  const moved = allowed ? (await setStatusFrom(tx, dossier.id, from, 'referred')) !== null : false;
  // The timeline reads from/to as "van Besluit naar Doorverwezen" (views/dossier-page/event-text.ts).
  await recordDossierChange(tx, actor, dossier.id, 'referred', moved ? { ...details, from, to: 'referred' } : details);

  return { moved };
};
