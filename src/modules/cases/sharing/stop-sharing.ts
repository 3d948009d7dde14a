import type { AppContext } from '../../../app/context.ts';
import { recordDossierChange } from '../actor.ts';
import { revokeShare } from '../queries/sharing.ts';
import type { DossierAccess } from '../require-dossier-access.ts';

/**
 * Stops a share made with the old cases form (issue 16: sharing is now done only on the chain page,
 * /keten/dossiers/:id). Shares made before still give their partner read access until a supervisor
 * stops them here, so this one form stays; new shares cannot be made in cases any more.
 */
export const stopSharing = async (ctx: AppContext, access: DossierAccess, shareId: string): Promise<boolean> => {
  if (!access.actor.roles.includes('supervisor')) return false;

  return ctx.db.transaction(async (tx) => {
    const rows = await revokeShare(tx, access.dossier.id, shareId, access.actor.id);
    if (rows.length === 0) return false;
    await recordDossierChange(tx, access.actor, access.dossier.id, 'share_revoked', { share: shareId });
    return true;
  });
};
