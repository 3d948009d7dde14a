import type { AppContext } from '../../../app/context.ts';
import type { FormBody } from '../../../app/forms.ts';
import type { Lang } from '../../../web/i18n.ts';
import { recordDossierChange } from '../actor.ts';
import { FormReader } from '../parse.ts';
import { findActiveUser, insertAssignee } from '../queries/access.ts';
import type { DossierAccess } from '../require-dossier-access.ts';
import { type CommandResult, done, invalid } from '../result.ts';

/** Adds an investigator (or supervisor) to the dossier's team. */
export const addAssignee = async (ctx: AppContext, access: DossierAccess, body: FormBody, lang: Lang): Promise<CommandResult> => {
  const f = new FormReader(body, lang);
  const userId = f.text('gebruiker', 40);
  const user = await findActiveUser(ctx.db, userId);
  if (!user || !user.roles.some((r) => r === 'investigator' || r === 'supervisor')) {
    f.fail('gebruiker', lang === 'en' ? 'Choose an investigator.' : 'Kies een onderzoeker.');
    return invalid('overzicht', f);
  }
  await ctx.db.transaction(async (tx) => {
    await insertAssignee(tx, { dossierId: access.dossier.id, userId: user.id, addedBy: access.actor.id });
    await recordDossierChange(tx, access.actor, access.dossier.id, 'assignee_added', { user: user.name });
  });

  return done('overzicht');
};
