import type { AppContext } from '../../../app/context.ts';
import { type AuditActor, recordAuditEvent } from '../../audit/index.ts';
import { passkeyRequiredFor } from './passkey-settings.ts';
import { deletePasskey, listPasskeys } from '../queries.ts';

export type RemovePasskeyResult = { ok: true } | { ok: false; problem: 'notFound' | 'lastRequired' };

/** Removes one of my passkeys. The last one stays when my role requires a passkey. */
export const removePasskey = async (
  ctx: AppContext,
  input: { user: { id: string; roles: string[] }; passkeyId: string; actor: AuditActor },
): Promise<RemovePasskeyResult> => {
  const mine = await listPasskeys(ctx.db, input.user.id);
  if (!mine.some((p) => p.id === input.passkeyId)) return { ok: false, problem: 'notFound' };
  if (mine.length === 1 && (await passkeyRequiredFor(ctx, input.user.roles))) return { ok: false, problem: 'lastRequired' };
  await ctx.db.transaction(async (tx) => {
    await deletePasskey(tx, input.user.id, input.passkeyId);
    await recordAuditEvent(tx, { actor: input.actor, action: 'auth.passkey.removed', targetType: 'user', targetId: input.user.id });
  });

  return { ok: true };
};
