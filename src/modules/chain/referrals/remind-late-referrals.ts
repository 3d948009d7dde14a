import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { markReminded, selectLateReferrals } from '../queries.ts';
import { amsterdamDay } from './workflow.ts';

export const REMIND_JOB = 'chain.remind-late-referrals';
/** Every hour on the quarter; the job only acts on referrals whose answer day has passed. */
export const REMIND_CRON = '15 * * * *';

/**
 * Referrals nobody accepted or declined by their answer day get a reminder: marked once, audited,
 * and from then on shown on the start page of the partner's users and of the referrer. The time
 * comes from the app's clock. Notices say only that something waits, never what.
 */
export const remindLateReferrals = async (ctx: AppContext): Promise<number> => {
  const now = ctx.clock.now();
  const late = await selectLateReferrals(ctx.db, amsterdamDay(now), 500);
  let reminded = 0;
  for (const { id } of late) {
    await ctx.db.transaction(async (tx) => {
      const [row] = await markReminded(tx, id, now);
      if (!row) return;
      await recordAuditEvent(tx, { actor: { userId: null, label: 'system' }, action: 'chain.referral.reminder', targetType: 'chain_referral', targetId: id, details: { dossier: row.dossierId, organisation: row.organisationId } });
      reminded += 1;
    });
  }

  return reminded;
};
