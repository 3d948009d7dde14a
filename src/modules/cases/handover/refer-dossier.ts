import type { AppContext } from '../../../app/context.ts';
import type { FormBody } from '../../../app/forms.ts';
import { type Lang, pick } from '../../../web/i18n.ts';
import { recordDossierChange } from '../actor.ts';
import { basisLabel, canHandOver } from './can-hand-over.ts';
import { FormReader } from '../parse.ts';
import { addReferralFeedback, insertReferral, setStatusFrom } from '../queries/handover.ts';
import type { DossierAccess } from '../require-dossier-access.ts';
import { type CommandResult, done, invalid, refused } from '../result.ts';
import { casesText } from '../texts.ts';
import { type ConsentPurpose, LIMITS } from '../vocab.ts';
import { checkTransition, isStatus } from '../dossier/workflow.ts';

export const REFERRAL_TARGETS = ['care', 'veilig_thuis', 'zvh', 'comensha'] as const;

/** The consent a referral needs. */
const PURPOSE: Record<(typeof REFERRAL_TARGETS)[number], ConsentPurpose> = {
  care: 'care_referral',
  veilig_thuis: 'care_referral',
  zvh: 'zvh_sharing',
  comensha: 'comensha_registration',
};

/**
 * Seed 001's routing as guidance: a clear criminal component (a known suspect, or coercion together
 * with economic gain) → police/OM; otherwise → case consultation at the Zorg- en Veiligheidshuis.
 */
export const routingAdvice = (criteria: { criterion: string; state: string }[]): 'police_om' | 'zvh' => {
  const met = (c: string) => criteria.some((x) => x.criterion === c && x.state === 'met');

  return met('suspect_known') || (met('coerced_boundaries') && met('economic_gain')) ? 'police_om' : 'zvh';
};

/** Refers the dossier to care, Veilig Thuis, a ZVH or CoMensha — only on consent or an approved exception. */
export const referDossier = async (ctx: AppContext, access: DossierAccess, body: FormBody, lang: Lang): Promise<CommandResult> => {
  const t = pick(casesText, lang);
  const f = new FormReader(body, lang);
  const target = f.choice('naar', REFERRAL_TARGETS);
  const recipient = f.text('instantie', LIMITS.shortText, { required: t.missingText });
  const followUpOn = f.date('opvolgen');
  if (!f.ok) return invalid('doorverwijzing', f);
  const check = await canHandOver(ctx.db, access.dossier, PURPOSE[target]);
  if (!check.ok) return refused('doorverwijzing', f, check.reason[lang]);
  const basis = basisLabel(check);
  const from = access.dossier.status;
  // The status follows when the workflow allows it; a referral from "open" is recorded without a jump.
  const moves = isStatus(from) && checkTransition(from, 'referred', { reason: '', viaAction: true }).ok;
  await ctx.db.transaction(async (tx) => {
    const row = await insertReferral(tx, { dossierId: access.dossier.id, target, recipient, basis, followUpOn, createdBy: access.actor.id });
    if (moves) await setStatusFrom(tx, access.dossier.id, from, 'referred');
    await recordDossierChange(tx, access.actor, access.dossier.id, 'referred', { referral: row.id, target, recipient, basis });
  });

  return done('doorverwijzing');
};

export const saveReferralFeedback = async (ctx: AppContext, access: DossierAccess, referralId: string, body: FormBody, lang: Lang): Promise<CommandResult> => {
  const t = pick(casesText, lang);
  const f = new FormReader(body, lang);
  const feedback = f.text('terugkoppeling', LIMITS.longText, { required: t.missingText });
  if (!f.ok) return invalid('terugkoppeling', f, referralId);

  return ctx.db.transaction(async (tx) => {
    const rows = await addReferralFeedback(tx, access.dossier.id, referralId, feedback);
    if (rows.length === 0) return refused('terugkoppeling', f, t.alreadyDecided, 400, referralId);
    await recordDossierChange(tx, access.actor, access.dossier.id, 'referral_feedback', { referral: referralId });

    return done('doorverwijzing');
  });
};
