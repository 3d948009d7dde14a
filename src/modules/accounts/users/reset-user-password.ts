import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent, type AuditActor } from '../../audit/index.ts';
import { generateOneTimePassword, hashPassword } from '../sign-in/passwords.ts';
import { findUserForUpdate, revokeUserSessions, updateUserAccount, type UserRow } from '../queries.ts';

export type ResetPasswordResult = { ok: true; user: UserRow; oneTimePassword: string } | { ok: false; problem: 'notFound' };

/**
 * Password reset, by an admin only: a new one-time password (shown once to the admin), which the user
 * must change at the next sign-in. Every session of the user ends, and a lock is lifted, because
 * the admin has just spoken with the user.
 */
export const resetUserPassword = async (ctx: AppContext, id: string, actor: AuditActor): Promise<ResetPasswordResult> => {
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);

  return ctx.db.transaction(async (tx): Promise<ResetPasswordResult> => {
    const user = await findUserForUpdate(tx, id);
    if (!user) return { ok: false, problem: 'notFound' };
    await updateUserAccount(tx, id, { passwordHash, mustChangePassword: true, failedLogins: 0, lockedUntil: null });
    const revoked = await revokeUserSessions(tx, id, actor.userId);
    await recordAuditEvent(tx, {
      actor,
      action: 'user.password-reset',
      targetType: 'user',
      targetId: id,
      details: { sessionsRevoked: revoked.length },
    });

    return { ok: true, user, oneTimePassword };
  });
};
