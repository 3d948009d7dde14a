import type { AppContext } from '../../../app/context.ts';
import type { FormBody } from '../../../app/forms.ts';
import { type Lang, pick } from '../../../web/i18n.ts';
import type { OrganisationKind } from '../../accounts/index.ts';
import { recordDossierChange } from '../actor.ts';
import { basisLabel, canHandOver } from '../handover/can-hand-over.ts';
import { FormReader } from '../parse.ts';
import { findOrganisationById, insertShare, revokeShare } from '../queries/sharing.ts';
import type { DossierAccess } from '../require-dossier-access.ts';
import { type CommandResult, done, invalid, refused } from '../result.ts';
import { casesText } from '../texts.ts';
import type { ConsentPurpose } from '../vocab.ts';

/** Which consent a share with each kind of partner needs. Municipalities and our own organisation get none. */
export const PURPOSE_FOR_KIND: Partial<Record<OrganisationKind, ConsentPurpose>> = {
  police: 'police_om',
  om: 'police_om',
  zvh: 'zvh_sharing',
  'veilig-thuis': 'care_referral',
  care: 'care_referral',
  comensha: 'comensha_registration',
};

/** Shares the dossier with a partner organisation: supervisors only, and only with consent or an approved exception. */
export const shareDossier = async (ctx: AppContext, access: DossierAccess, body: FormBody, lang: Lang): Promise<CommandResult> => {
  const t = pick(casesText, lang);
  const f = new FormReader(body, lang);
  const organisationId = f.text('organisatie', 40);
  const scope = f.choice('reikwijdte', ['summary', 'full'] as const, 'summary');
  const organisation = await findOrganisationById(ctx.db, organisationId);
  if (!organisation) f.fail('organisatie', t.badChoice);
  if (!f.ok || !organisation) return invalid('delen', f);
  if (!access.actor.roles.includes('supervisor')) return refused('delen', f, t.onlySupervisorShares, 403);
  const purpose = PURPOSE_FOR_KIND[organisation.kind as OrganisationKind];
  if (!purpose) return refused('delen', f, t.noPurposeForOrg);
  const check = await canHandOver(ctx.db, access.dossier, purpose);
  if (!check.ok) return refused('delen', f, check.reason[lang]);
  const basis = basisLabel(check);
  await ctx.db.transaction(async (tx) => {
    await insertShare(tx, { dossierId: access.dossier.id, organisationId: organisation.id, scope, purpose, sharedBy: access.actor.id });
    await recordDossierChange(tx, access.actor, access.dossier.id, 'shared', { organisation: organisation.name, scope, purpose, basis });
  });

  return done('delen');
};

export const stopSharing = async (ctx: AppContext, access: DossierAccess, shareId: string): Promise<boolean> => {
  if (!access.actor.roles.includes('supervisor')) return false;

  return ctx.db.transaction(async (tx) => {
    const rows = await revokeShare(tx, access.dossier.id, shareId, access.actor.id);
    if (rows.length === 0) return false;
    await recordDossierChange(tx, access.actor, access.dossier.id, 'share_revoked', { share: shareId });
    return true;
  });
};
