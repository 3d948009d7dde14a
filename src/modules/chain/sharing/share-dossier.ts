import type { AppContext } from '../../../app/context.ts';
import type { FormBody } from '../../../app/forms.ts';
import type { Lang } from '../../../web/i18n.ts';
import type { OrganisationKind } from '../../accounts/index.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { canHandOver } from '../../cases/index.ts';
import { auditActor, type DossierAccess } from '../actor.ts';
import { addDays, ChainForm, type FormOutcome } from '../form.ts';
import { findOrganisation, insertShare, revokeShare } from '../queries.ts';
import { LIMITS, PURPOSE_FOR_KIND, SHARE_SECTIONS } from '../vocab.ts';
import { amsterdamDay } from '../referrals/workflow.ts';

export const basisOf = (check: Extract<Awaited<ReturnType<typeof canHandOver>>, { ok: true }>): string => {
  const b = check.basis;
  if (b.kind === 'consent') return `consent:${b.consent.id}`;
  if (b.kind === 'report_consent') return `report_consent:${b.consentId}`;
  return `exception:${b.exception.id}`;
};

/**
 * A supervisor shares the dossier with one partner organisation: for a named reason, with the
 * sections the partner may see, until an end day — and only on a consent for that partner's purpose
 * or an approved exception (hard rule 3).
 */
export const shareDossier = async (ctx: AppContext, access: DossierAccess, body: FormBody, lang: Lang): Promise<FormOutcome> => {
  const f = new ChainForm(body, lang);
  const today = amsterdamDay(ctx.clock.now());
  const org = await findOrganisation(ctx.db, f.text('organisatie', 40, { nl: 'Kies een organisatie.', en: 'Choose an organisation.' }));
  if (!org && !f.errors.organisatie) f.fail('organisatie', lang === 'en' ? 'Choose an organisation from the list.' : 'Kies een organisatie uit de lijst.');
  const reason = f.text('doel', LIMITS.reason, { nl: 'Schrijf op waarvoor de partner het dossier krijgt.', en: 'Say what the partner gets the dossier for.' });
  const sections = f.many('onderdelen', SHARE_SECTIONS, { nl: 'Kies minstens één onderdeel uit de lijst.', en: 'Choose at least one part from the list.' });
  const endsOn = f.date('einddatum', today, addDays(today, LIMITS.maxShareDays), {
    nl: `Vul een einddatum in tussen vandaag en ${addDays(today, LIMITS.maxShareDays)} (jjjj-mm-dd).`,
    en: `Enter an end date between today and ${addDays(today, LIMITS.maxShareDays)} (yyyy-mm-dd).`,
  });
  if (!access.actor.roles.includes('supervisor')) return f.result('delen', 403, lang === 'en' ? 'Only a supervisor can share a dossier.' : 'Alleen een teamleider kan een dossier delen.');
  if (!f.ok || !org || !endsOn) return f.result('delen');
  const purpose = PURPOSE_FOR_KIND[org.kind as OrganisationKind];
  if (!purpose) return f.result('delen', 400, lang === 'en' ? 'This organisation cannot receive dossiers.' : 'Met deze organisatie kunt u geen dossier delen.');
  const check = await canHandOver(ctx.db, access.dossier, purpose);
  if (!check.ok) return f.result('delen', 400, check.reason[lang]);
  const basis = basisOf(check);
  await ctx.db.transaction(async (tx) => {
    const row = await insertShare(tx, { dossierId: access.dossier.id, organisationId: org.id, purpose, basis, reason, sections, endsOn, sharedBy: access.actor.id });
    await recordAuditEvent(tx, {
      actor: auditActor(access.actor),
      action: 'chain.share',
      targetType: 'dossier',
      targetId: access.dossier.id,
      details: { share: row.id, organisation: org.id, purpose, basis, sections, endsOn },
    });
  });

  return { ok: true, redirect: `/keten/dossiers/${access.dossier.id}#delen` };
};

/** Stops a share at once: the partner's next request sees nothing. */
export const stopShare = async (ctx: AppContext, access: DossierAccess, shareId: string): Promise<boolean> => {
  if (!access.actor.roles.includes('supervisor')) return false;

  return ctx.db.transaction(async (tx) => {
    const rows = await revokeShare(tx, access.dossier.id, shareId, access.actor.id, ctx.clock.now());
    if (rows.length === 0) return false;
    await recordAuditEvent(tx, { actor: auditActor(access.actor), action: 'chain.share.stop', targetType: 'dossier', targetId: access.dossier.id, details: { share: shareId } });
    return true;
  });
};
