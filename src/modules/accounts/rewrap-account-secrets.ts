import type { AppContext } from '../../app/context.ts';
import { listSessionsWithPendingTotp, listUsersWithTotp, updateSession, updateUser } from './queries.ts';

/**
 * After a master-key rotation: re-wraps the data keys of every TOTP secret (enrolled, and pending in
 * a half-finished enrolment) with the current master key. The secrets themselves do not change, so
 * everyone's authenticator app keeps working.
 */
export const rewrapAccountSecrets = async (ctx: AppContext): Promise<number> => {
  let count = 0;
  for (const user of await listUsersWithTotp(ctx.db)) {
    if (!user.totpSecretEnc) continue;
    await updateUser(ctx.db, user.id, { totpSecretEnc: ctx.keys.rewrap(user.totpSecretEnc) });
    count += 1;
  }
  for (const session of await listSessionsWithPendingTotp(ctx.db)) {
    if (!session.pendingTotpEnc) continue;
    await updateSession(ctx.db, session.idHash, { pendingTotpEnc: ctx.keys.rewrap(session.pendingTotpEnc) });
    count += 1;
  }

  return count;
};
