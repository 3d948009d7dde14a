import type { AppContext } from '../../../app/context.ts';
import type { FormBody } from '../../../app/forms.ts';
import { type Lang, pick } from '../../../web/i18n.ts';
import { recordDossierChange } from '../actor.ts';
import { FormReader } from '../parse.ts';
import { firstPost } from '../dossier/first-post.ts';
import { decideExceptionRow, findException, insertException } from '../queries/consent.ts';
import type { DossierAccess } from '../require-dossier-access.ts';
import { type CommandResult, done, invalid, refused } from '../result.ts';
import { casesText } from '../texts.ts';
import { CONSENT_PURPOSES, EXCEPTION_GROUNDS, LIMITS } from '../vocab.ts';

/** Asks to share without consent on a legal ground. It counts only after another person approves it. */
export const requestException = async (ctx: AppContext, access: DossierAccess, body: FormBody, lang: Lang): Promise<CommandResult> => {
  const t = pick(casesText, lang);
  const f = new FormReader(body, lang);
  const purpose = f.choice('doel', CONSENT_PURPOSES);
  const ground = f.choice('grond', EXCEPTION_GROUNDS);
  const reason = f.text('reden', LIMITS.longText, { required: t.missingReason });
  const token = f.token();
  if (!f.ok) return invalid('uitzondering', f);
  await ctx.db.transaction(async (tx) => {
    // The same form posted again (a double click, a resubmit): the first post stands.
    if (!(await firstPost(ctx, tx, access.dossier.id, token))) return;
    const row = await insertException(tx, { dossierId: access.dossier.id, purpose, ground, reason, requestedBy: access.actor.id });
    await recordDossierChange(tx, access.actor, access.dossier.id, 'exception_requested', { exception: row.id, purpose, ground });
  });

  return done('toestemming');
};

/** Four eyes: a supervisor who is not the requester approves or refuses, with a note. */
export const decideException = async (ctx: AppContext, access: DossierAccess, exceptionId: string, body: FormBody, lang: Lang): Promise<CommandResult> => {
  const t = pick(casesText, lang);
  const f = new FormReader(body, lang);
  const decision = f.choice('besluit', ['approved', 'refused'] as const);
  const note = f.text('toelichting', LIMITS.longText);
  if (!f.ok) return invalid('besluit', f, exceptionId);
  if (!access.actor.roles.includes('supervisor')) return refused('besluit', f, t.onlySupervisor, 403, exceptionId);
  const exception = await findException(ctx.db, access.dossier.id, exceptionId);
  if (!exception) return refused('besluit', f, t.alreadyDecided, 400, exceptionId);
  if (exception.requestedBy === access.actor.id) return refused('besluit', f, t.notSamePerson, 403, exceptionId);

  return ctx.db.transaction(async (tx) => {
    const row = await decideExceptionRow(tx, exceptionId, { decision, decisionNote: note, decidedBy: access.actor.id });
    if (!row) return refused('besluit', f, t.alreadyDecided, 400, exceptionId);
    await recordDossierChange(tx, access.actor, access.dossier.id, 'exception_decided', { exception: exceptionId, decision, purpose: row.purpose });

    return done('toestemming');
  });
};
