import type { AppContext } from '../../../app/context.ts';
import type { FormBody } from '../../../app/forms.ts';
import { type Lang, pick } from '../../../web/i18n.ts';
import { recordDossierChange } from '../actor.ts';
import { FormReader } from '../parse.ts';
import { firstPost } from '../dossier/first-post.ts';
import { insertConsent, withdrawConsentRow } from '../queries/consent.ts';
import { listSubjects } from '../queries/people.ts';
import type { DossierAccess } from '../require-dossier-access.ts';
import { type CommandResult, done, invalid, refused } from '../result.ts';
import { casesText } from '../texts.ts';
import { bandOfVictims, consentCountsForAge } from '../../../app/consent-age.ts';
import { CONSENT_GIVERS, CONSENT_METHODS, CONSENT_PURPOSES, LIMITS } from '../vocab.ts';

export const recordConsent = async (ctx: AppContext, access: DossierAccess, body: FormBody, lang: Lang): Promise<CommandResult> => {
  const t = pick(casesText, lang);
  const f = new FormReader(body, lang);
  const purpose = f.choice('doel', CONSENT_PURPOSES);
  const givenBy = f.choice('door', CONSENT_GIVERS);
  const givenByName = f.text('naam', LIMITS.shortText);
  const method = f.choice('wijze', CONSENT_METHODS);
  const scope = f.text('reikwijdte', LIMITS.longText, { required: t.missingText });
  const givenOn = f.date('datum', { required: true });
  const includesReporterIdentity = f.checkbox('identiteit');
  const token = f.token();
  if (!f.ok) return invalid('toestemming', f);
  // Who may consent for the victim depends on her or his age and the purpose: the one rule of
  // consent-age.ts, the same the handover check applies (README, "Consent and minors").
  if (givenBy === 'victim' || givenBy === 'guardian') {
    const answer = consentCountsForAge(givenBy, purpose, bandOfVictims(await listSubjects(ctx.db, access.dossier.id)));
    if (!answer.ok) {
      f.fail('door', answer.reason[lang]);
      return invalid('toestemming', f);
    }
  }
  await ctx.db.transaction(async (tx) => {
    // The same form posted again (a double click, a resubmit): the first post stands.
    if (!(await firstPost(ctx, tx, access.dossier.id, token))) return;
    const row = await insertConsent(tx, {
      dossierId: access.dossier.id,
      purpose,
      givenBy,
      givenByName,
      method,
      scope,
      givenOn: givenOn!,
      // Only a police handover can carry the reporter's identity, and only when the reporter said so.
      includesReporterIdentity: purpose === 'police_om' && givenBy === 'reporter' && includesReporterIdentity,
      recordedBy: access.actor.id,
    });
    await recordDossierChange(tx, access.actor, access.dossier.id, 'consent_recorded', { consent: row.id, purpose, givenBy, method });
  });

  return done('toestemming');
};

/** Withdrawal is recorded on the consent; the consent itself is never erased. */
export const withdrawConsent = async (ctx: AppContext, access: DossierAccess, consentId: string, body: FormBody, lang: Lang): Promise<CommandResult> => {
  const f = new FormReader(body, lang);
  const note = f.text('toelichting', LIMITS.longText);
  if (!f.ok) return invalid('toestemming', f, consentId);

  return ctx.db.transaction(async (tx) => {
    const row = await withdrawConsentRow(tx, access.dossier.id, consentId, access.actor.id, note);
    if (!row) return refused('toestemming', f, lang === 'en' ? 'This consent does not exist or was already withdrawn.' : 'Deze toestemming bestaat niet of is al ingetrokken.', 400, consentId);
    await recordDossierChange(tx, access.actor, access.dossier.id, 'consent_withdrawn', { consent: row.id, purpose: row.purpose });

    return done('toestemming');
  });
};
