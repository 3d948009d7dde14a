import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent, type AuditActor } from '../../audit/index.ts';
import { findUserForUpdate, revokeUserSessions } from '../queries.ts';

export type RevokeResult = { ok: true; count: number } | { ok: false; problem: 'notFound' };

/** An admin ends every session of a user; their next request goes to the sign-in page. */
export const revokeSessionsOfUser = async (ctx: AppContext, id: string, actor: AuditActor): Promise<RevokeResult> =>
  ctx.db.transaction(async (tx): Promise<RevokeResult> => {
    const user = await findUserForUpdate(tx, id);
    if (!user) return { ok: false, problem: 'notFound' };
    const revoked = await revokeUserSessions(tx, id, actor.userId);
    await recordAuditEvent(tx, {
      actor,
      action: 'user.sessions-revoked',
      targetType: 'user',
      targetId: id,
      details: { count: revoked.length },
    });

    return { ok: true, count: revoked.length };
  });
