import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent, type AuditActor } from '../../audit/index.ts';
import { findUserForUpdate, lockActiveAdmins, revokeUserSessions, updateUserAccount } from '../queries.ts';

export type SetDisabledResult = { ok: true } | { ok: false; problem: 'notFound' | 'lastAdmin' };

/**
 * Disables a user (no sign-in, every session ends at once) or enables them again. The last active
 * admin cannot be disabled, so there is always someone who can manage accounts.
 */
export const setUserDisabled = async (ctx: AppContext, id: string, disabled: boolean, actor: AuditActor): Promise<SetDisabledResult> =>
  ctx.db.transaction(async (tx): Promise<SetDisabledResult> => {
    const admins = await lockActiveAdmins(tx);
    const user = await findUserForUpdate(tx, id);
    if (!user) return { ok: false, problem: 'notFound' };
    if (Boolean(user.disabledAt) === disabled) return { ok: true };
    if (disabled && admins.length === 1 && admins[0] === user.id) return { ok: false, problem: 'lastAdmin' };
    await updateUserAccount(tx, id, { disabledAt: disabled ? new Date() : null });
    if (disabled) await revokeUserSessions(tx, id, actor.userId);
    await recordAuditEvent(tx, { actor, action: disabled ? 'user.disable' : 'user.enable', targetType: 'user', targetId: id });

    return { ok: true };
  });
