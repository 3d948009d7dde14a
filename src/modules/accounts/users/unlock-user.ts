import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent, type AuditActor } from '../../audit/index.ts';
import { findUserForUpdate, updateUserAccount } from '../queries.ts';

export type UnlockResult = { ok: true } | { ok: false; problem: 'notFound' };

/** Lifts a lock after too many failed attempts and starts the failure count afresh. */
export const unlockUser = async (ctx: AppContext, id: string, actor: AuditActor): Promise<UnlockResult> =>
  ctx.db.transaction(async (tx): Promise<UnlockResult> => {
    const user = await findUserForUpdate(tx, id);
    if (!user) return { ok: false, problem: 'notFound' };
    await updateUserAccount(tx, id, { failedLogins: 0, lockedUntil: null });
    await recordAuditEvent(tx, {
      actor,
      action: 'user.unlock',
      targetType: 'user',
      targetId: id,
      details: { failedLogins: user.failedLogins, lockedUntil: user.lockedUntil?.toISOString() ?? null },
    });

    return { ok: true };
  });
