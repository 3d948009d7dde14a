import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent, type AuditActor } from '../../audit/index.ts';
import { hashPassword, passwordProblem, verifyPassword } from '../sign-in/passwords.ts';
import { findUserById, revokeOtherSessions, updateUserAccount } from '../queries.ts';
import { countFailure } from '../sign-in/sign-in-with-password.ts';

export type ChangePasswordInput = { current: string; next: string; repeat: string };

export type ChangePasswordProblems = {
  current?: 'missingCurrent' | 'wrongCurrent';
  next?: 'missingNew' | 'tooShort' | 'tooLong' | 'sameAsOld';
  repeat?: 'mismatch';
};

export type ChangePasswordResult = { ok: true } | { ok: false; problems: ChangePasswordProblems };

/**
 * A signed-in user sets a new password. The current one is checked (a wrong guess counts like a
 * failed sign-in, with the same growing delay), every other session ends, and a one-time password
 * stops being one.
 */
export const changePassword = async (
  ctx: AppContext,
  who: { userId: string; sessionIdHash: string; actor: AuditActor },
  input: ChangePasswordInput,
): Promise<ChangePasswordResult> => {
  const problems: ChangePasswordProblems = {};
  if (!input.current) problems.current = 'missingCurrent';
  const tooWeak = passwordProblem(input.next);
  if (!input.next) problems.next = 'missingNew';
  else if (tooWeak) problems.next = tooWeak;
  else if (input.next !== input.repeat) problems.repeat = 'mismatch';
  else if (input.next === input.current) problems.next = 'sameAsOld';
  if (problems.current || problems.next || problems.repeat) return { ok: false, problems };

  const user = await findUserById(ctx.db, who.userId);
  if (!user) return { ok: false, problems: { current: 'wrongCurrent' } };
  if (!(await verifyPassword(user.passwordHash, input.current))) {
    await countFailure(ctx, user, { ip: who.actor.ip ?? '', email: user.email }, 'password');
    return { ok: false, problems: { current: 'wrongCurrent' } };
  }
  const passwordHash = await hashPassword(input.next);
  await ctx.db.transaction(async (tx) => {
    await updateUserAccount(tx, user.id, { passwordHash, mustChangePassword: false, failedLogins: 0 });
    const revoked = await revokeOtherSessions(tx, user.id, who.sessionIdHash, user.id);
    await recordAuditEvent(tx, {
      actor: who.actor,
      action: 'user.password-changed',
      targetType: 'user',
      targetId: user.id,
      details: { wasOneTime: user.mustChangePassword, otherSessionsRevoked: revoked.length },
    });
  });

  return { ok: true };
};
