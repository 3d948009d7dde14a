import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { logAccess } from '../../audit/index.ts';
import { recordDossierChange } from '../actor.ts';
import { readHandoverPackage } from './hand-over.ts';
import { type HandoverRow, findHandover } from '../queries/handover.ts';
import type { DossierAccess } from '../require-dossier-access.ts';

/**
 * A download of a handover package is an export: logged (access log) and recorded in the dossier's
 * history with the package's hash. The caller has checked write access to the dossier.
 */
export const downloadHandoverPackage = async (
  ctx: AppContext,
  access: DossierAccess,
  handoverId: string,
): Promise<Result<{ handover: HandoverRow; zip: Buffer }>> => {
  const handover = await findHandover(ctx.db, access.dossier.id, handoverId);
  const zip = handover ? readHandoverPackage(ctx, handover) : null;
  if (!handover || !zip) return fail(problem('not_found', { nl: 'Dit pakket bestaat niet (meer).', en: 'This package does not exist (any more).' }));
  await logAccess(ctx.db, { user: access.actor, recordType: 'dossier', recordId: access.dossier.id, action: 'download', reason: 'handover package' });
  await ctx.db.transaction(async (tx) => {
    await recordDossierChange(tx, access.actor, access.dossier.id, 'handover_downloaded', { handover: handover.id, packageSha256: handover.packageSha256 });
  });

  return ok({ handover, zip });
};
