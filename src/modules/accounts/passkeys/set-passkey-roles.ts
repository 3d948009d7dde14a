import type { AppContext } from '../../../app/context.ts';
import { type AuditActor, recordAuditEvent } from '../../audit/index.ts';
import { replacePasskeyRoles } from '../queries.ts';
import { isRole } from '../roles.ts';

/** The admin's choice of roles that must sign in with a passkey; unknown role names are ignored. */
export const setPasskeyRoles = async (ctx: AppContext, input: { roles: string[]; actor: AuditActor & { userId: string } }) => {
  const roles = [...new Set(input.roles.filter(isRole))].sort();
  await ctx.db.transaction(async (tx) => {
    await replacePasskeyRoles(tx, roles, input.actor.userId);
    await recordAuditEvent(tx, { actor: input.actor, action: 'admin.passkey_roles.set', details: { roles } });
  });

  return roles;
};
