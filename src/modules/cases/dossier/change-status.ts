import type { AppContext } from '../../../app/context.ts';
import type { FormBody } from '../../../app/forms.ts';
import type { Lang } from '../../../web/i18n.ts';
import { recordDossierChange } from '../actor.ts';
import { FormReader } from '../parse.ts';
import { updateDossierIfVersion } from '../queries/dossiers.ts';
import type { DossierAccess } from '../require-dossier-access.ts';
import { type CommandResult, done, invalid, refused } from '../result.ts';
import { LIMITS } from '../vocab.ts';
import { checkTransition, isStatus, STATUSES } from './workflow.ts';

/** Moves the dossier along the workflow; a transition the workflow does not allow is refused with the reason. */
export const changeStatus = async (ctx: AppContext, access: DossierAccess, body: FormBody, lang: Lang): Promise<CommandResult> => {
  const f = new FormReader(body, lang);
  const to = f.choice('status', STATUSES);
  const reason = f.text('reden', LIMITS.longText);
  const version = f.version('versie');
  if (!f.ok) return invalid('status', f);
  const from = access.dossier.status;
  if (!isStatus(from)) return refused('status', f, 'status');
  const check = checkTransition(from, to, { reason });
  if (!check.ok) return refused('status', f, check.reason[lang]);

  return ctx.db.transaction(async (tx) => {
    const row = await updateDossierIfVersion(tx, access.dossier.id, version, { status: to, closeReason: to === 'closed' ? reason : null });
    if (!row) return refused('status', f, lang === 'en' ? 'Someone else changed this dossier in the meantime. Look at the current status and try again.' : 'Iemand anders heeft het dossier intussen gewijzigd. Bekijk de huidige status en probeer het opnieuw.', 400);
    await recordDossierChange(tx, access.actor, access.dossier.id, 'status', { from, to, reason: reason || null });

    return done('overzicht');
  });
};
