import type { AppContext } from '../../../app/context.ts';
import type { FormBody } from '../../../app/forms.ts';
import { notFound } from '../../../app/errors.ts';
import type { Lang } from '../../../web/i18n.ts';
import { logAccess, recordAuditEvent } from '../../audit/index.ts';
import type { Actor } from '../actor.ts';
import { addDays, ChainForm, type FormOutcome } from '../form.ts';
import { findReferral, insertStep, listSteps, lockReferral, type ReferralRow, updateReferral } from '../queries.ts';
import { LIMITS } from '../vocab.ts';
import { amsterdamDay, canMove, FEEDBACK_STEPS, type ReferralStatus } from './workflow.ts';

/** A partner user of the organisation the referral went to; anyone else: not found (no hint it exists). */
const requireOwnReferral = async (ctx: AppContext, actor: Actor, id: string): Promise<ReferralRow> => {
  const row = await findReferral(ctx.db, id);
  if (!row || !actor.roles.includes('partner') || !actor.organisationId || row.organisationId !== actor.organisationId) throw notFound('referral');
  return row;
};

/**
 * The partner opens a referral: logged, and the first look moves it from "sent" to "received" (the
 * referrer sees that it arrived).
 */
export const openReferral = async (ctx: AppContext, actor: Actor, id: string) => {
  const row = await requireOwnReferral(ctx, actor, id);
  await ctx.db.transaction(async (tx) => {
    await logAccess(tx, { user: actor, recordType: 'chain_referral', recordId: row.id, action: 'view' });
    if (row.status === 'sent') await move(ctx, tx, actor, row, 'received', {}, amsterdamDay(ctx.clock.now()), '');
  });
  const fresh = (await findReferral(ctx.db, id))!;

  return { referral: fresh, steps: await listSteps(ctx.db, id), today: amsterdamDay(ctx.clock.now()) };
};

const move = async (ctx: AppContext, tx: AppContext['db'], actor: Actor, row: ReferralRow, to: ReferralStatus, values: Partial<ReferralRow>, onDate: string, note: string) => {
  const now = ctx.clock.now();
  const moved = await updateReferral(tx, row.id, row.status, { ...values, status: to, updatedAt: now, partnerChangedAt: now });
  if (moved.length === 0) return false;
  await insertStep(tx, { referralId: row.id, fromStatus: row.status, toStatus: to, onDate, note, actorId: actor.id, actorLabel: actor.name, at: now });
  // No content in the audit line: the note stays with the referral.
  await recordAuditEvent(tx, { actor: { userId: actor.id, label: actor.name, ip: actor.ip }, action: `chain.referral.${to}`, targetType: 'chain_referral', targetId: row.id, details: { from: row.status, dossier: row.dossierId } });

  return true;
};

const refusedMove = (f: ChainForm, form: string, lang: Lang): FormOutcome =>
  f.result(form, 409, lang === 'en' ? 'This step is not possible now; the referral may have changed meanwhile. Look at its current state.' : 'Deze stap kan nu niet; de verwijzing is misschien net veranderd. Bekijk hoe het er nu voor staat.');

const transition = async (ctx: AppContext, actor: Actor, id: string, f: ChainForm, form: string, to: ReferralStatus, values: Partial<ReferralRow>, onDate: string, note: string): Promise<FormOutcome> => {
  const row = await requireOwnReferral(ctx, actor, id);
  if (!f.ok) return f.result(form);
  const ok = await ctx.db.transaction(async (tx) => {
    const locked = await lockReferral(tx, row.id);
    if (!locked || !canMove(locked.status, to)) return false;
    return move(ctx, tx, actor, locked, to, values, onDate, note);
  });
  if (!ok) return refusedMove(f, form, f.lang);

  return { ok: true, redirect: `/keten/verwijzingen/${row.id}` };
};

export const acceptReferral = async (ctx: AppContext, actor: Actor, id: string, body: FormBody, lang: Lang) => {
  const f = new ChainForm(body, lang);
  const owner = f.text('eigenaar', LIMITS.owner, { nl: 'Schrijf op wie de verwijzing oppakt (naam of team).', en: 'Say who takes the referral on (name or team).' });
  return transition(ctx, actor, id, f, 'accepteren', 'accepted', { owner }, amsterdamDay(ctx.clock.now()), '');
};

export const declineReferral = async (ctx: AppContext, actor: Actor, id: string, body: FormBody, lang: Lang) => {
  const f = new ChainForm(body, lang);
  const reason = f.text('reden', LIMITS.reason, { nl: 'Schrijf op waarom u de verwijzing afwijst.', en: 'Say why you decline the referral.' });
  return transition(ctx, actor, id, f, 'afwijzen', 'declined', { declineReason: reason }, amsterdamDay(ctx.clock.now()), reason);
};

/** A feedback step (contact made, care started, no contact possible, closed), each with a date and a short note. */
export const reportBack = async (ctx: AppContext, actor: Actor, id: string, body: FormBody, lang: Lang) => {
  const f = new ChainForm(body, lang);
  const today = amsterdamDay(ctx.clock.now());
  const step = f.choice('stap', FEEDBACK_STEPS, { nl: 'Kies een stap uit de lijst.', en: 'Choose a step from the list.' });
  const on = f.date('datum', addDays(today, -366), today, { nl: 'Vul een datum in, niet later dan vandaag (jjjj-mm-dd).', en: 'Enter a date, not later than today (yyyy-mm-dd).' });
  const note = f.text('toelichting', LIMITS.note, { nl: 'Schrijf kort op wat er is gebeurd.', en: 'Say briefly what happened.' });
  if (!step || !on) return transition(ctx, actor, id, f, 'terugkoppelen', 'closed', {}, today, note);

  return transition(ctx, actor, id, f, 'terugkoppelen', step, {}, on, note);
};
