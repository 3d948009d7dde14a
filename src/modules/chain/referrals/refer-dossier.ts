import type { AppContext } from '../../../app/context.ts';
import type { FormBody } from '../../../app/forms.ts';
import type { Lang } from '../../../web/i18n.ts';
import type { OrganisationKind } from '../../accounts/index.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { canHandOver, recordReferral } from '../../cases/index.ts';
import { auditActor, type DossierAccess } from '../actor.ts';
import { ChainForm, type FormOutcome } from '../form.ts';
import { findOrganisation, insertReferral, insertStep } from '../queries.ts';
import { basisOf } from '../sharing/share-dossier.ts';
import { LIMITS, PURPOSE_FOR_KIND, REFERRAL_KINDS } from '../vocab.ts';
import { addWorkingDays, amsterdamDay, ANSWER_WORKING_DAYS } from './workflow.ts';

/**
 * Refers the dossier to a chain partner (ZVH, Veilig Thuis, CoMensha, care, municipality): the
 * partner finds it in its inbox (/keten) and must answer within ANSWER_WORKING_DAYS working days.
 * Only on a consent for that partner's purpose or an approved exception (hard rule 3). The referral
 * carries only the question; what the partner may read of the dossier is a share of its own.
 * The dossier moves to "doorverwezen" through cases (recordReferral), in the same transaction.
 */
export const referDossier = async (ctx: AppContext, access: DossierAccess, body: FormBody, lang: Lang): Promise<FormOutcome> => {
  const f = new ChainForm(body, lang);
  const org = await findOrganisation(ctx.db, f.text('partner', 40, { nl: 'Kies een organisatie.', en: 'Choose an organisation.' }));
  const kindOk = org && (REFERRAL_KINDS as readonly string[]).includes(org.kind);
  if (!kindOk && !f.errors.partner) f.fail('partner', lang === 'en' ? 'Choose an organisation from the list.' : 'Kies een organisatie uit de lijst.');
  const question = f.text('vraag', LIMITS.question, { nl: 'Schrijf op wat u de partner vraagt.', en: 'Say what you ask the partner.' });
  if (!f.ok || !org || !kindOk) return f.result('verwijzen');
  const purpose = PURPOSE_FOR_KIND[org.kind as OrganisationKind]!;
  const check = await canHandOver(ctx.db, access.dossier, purpose);
  if (!check.ok) return f.result('verwijzen', 400, check.reason[lang]);
  const basis = basisOf(check);
  const now = ctx.clock.now();
  const today = amsterdamDay(now);
  await ctx.db.transaction(async (tx) => {
    const row = await insertReferral(tx, {
      dossierId: access.dossier.id,
      organisationId: org.id,
      purpose,
      basis,
      question,
      answerBy: addWorkingDays(today, ANSWER_WORKING_DAYS),
      createdBy: access.actor.id,
      createdAt: now,
      updatedAt: now,
    });
    await insertStep(tx, { referralId: row.id, fromStatus: null, toStatus: 'sent', onDate: today, actorId: access.actor.id, actorLabel: access.actor.name, at: now });
    await recordAuditEvent(tx, {
      actor: auditActor(access.actor),
      action: 'chain.referral.sent',
      targetType: 'dossier',
      targetId: access.dossier.id,
      details: { referral: row.id, organisation: org.id, purpose, basis },
    });
    // The dossier's own side (cases): status "doorverwezen" where the workflow allows it, and a timeline line.
    await recordReferral(tx, access.actor, access.dossier, { referral: row.id, organisation: org.name, purpose, basis });
  });

  return { ok: true, redirect: `/keten/dossiers/${access.dossier.id}#verwijzingen` };
};
