import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent, type AuditActor } from '../../audit/index.ts';
import { revokeOtherSessions } from '../queries.ts';

/** "Sign out everywhere else": ends every session of the user except the one asking. */
export const signOutOtherSessions = async (
  ctx: AppContext,
  who: { userId: string; sessionIdHash: string; actor: AuditActor },
): Promise<number> =>
  ctx.db.transaction(async (tx) => {
    const revoked = await revokeOtherSessions(tx, who.userId, who.sessionIdHash, who.userId);
    await recordAuditEvent(tx, {
      actor: who.actor,
      action: 'user.sessions-revoked',
      targetType: 'user',
      targetId: who.userId,
      details: { count: revoked.length, scope: 'others' },
    });

    return revoked.length;
  });
