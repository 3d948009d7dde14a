import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent, type AuditActor } from '../../audit/index.ts';
import { findUserForUpdate, revokeUserSessions, updateUserAccount } from '../queries.ts';

export type ResetTotpResult = { ok: true } | { ok: false; problem: 'notFound' };

/**
 * Clears the second factor (for a lost phone): the user enrols a new app at the next sign-in. Open
 * sessions end too, since whoever holds the old phone may also hold a session.
 */
export const resetUserTotp = async (ctx: AppContext, id: string, actor: AuditActor): Promise<ResetTotpResult> =>
  ctx.db.transaction(async (tx): Promise<ResetTotpResult> => {
    const user = await findUserForUpdate(tx, id);
    if (!user) return { ok: false, problem: 'notFound' };
    await updateUserAccount(tx, id, { totpSecretEnc: null, totpLastStep: null });
    const revoked = await revokeUserSessions(tx, id, actor.userId);
    await recordAuditEvent(tx, {
      actor,
      action: 'user.totp-reset',
      targetType: 'user',
      targetId: id,
      details: { sessionsRevoked: revoked.length },
    });

    return { ok: true };
  });
