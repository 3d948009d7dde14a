import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent, type AuditActor } from '../../audit/index.ts';
import { findUserForUpdate, lockActiveAdmins, updateUserAccount, type UserRow } from '../queries.ts';
import { checkUserFields, type UserFieldProblem } from './user-fields.ts';

export type EditUserInput = {
  id: string;
  name: string;
  roles: string[];
  organisationId: string | null;
  /** updated_at (epoch ms) as the admin saw it when the form was opened. */
  seenVersion: number;
};

export type EditUserResult =
  | { ok: true; user: UserRow }
  | { ok: false; problem: 'fields'; problems: UserFieldProblem[] }
  | { ok: false; problem: 'notFound' | 'lastAdmin' }
  | { ok: false; problem: 'conflict'; current: UserRow };

/**
 * An admin changes name, roles or organisation. Refused when someone else saved in the meantime
 * (optimistic concurrency on updated_at) and when it would leave no active admin.
 */
export const editUser = async (ctx: AppContext, input: EditUserInput, actor: AuditActor): Promise<EditUserResult> => {
  const checked = await checkUserFields(ctx.db, input);
  if (!checked.ok) return { ok: false, problem: 'fields', problems: checked.problems };
  const after = checked.fields;

  return ctx.db.transaction(async (tx): Promise<EditUserResult> => {
    // Admins first, then the user: every command takes its locks in this order, so none deadlock.
    const admins = await lockActiveAdmins(tx);
    const before = await findUserForUpdate(tx, input.id);
    if (!before) return { ok: false, problem: 'notFound' };
    if (before.updatedAt.getTime() !== input.seenVersion) return { ok: false, problem: 'conflict', current: before };
    const losesAdmin = before.roles.includes('admin') && !after.roles.includes('admin');
    if (losesAdmin && admins.length === 1 && admins[0] === before.id) return { ok: false, problem: 'lastAdmin' };
    await updateUserAccount(tx, before.id, after);
    await recordAuditEvent(tx, {
      actor,
      action: 'user.update',
      targetType: 'user',
      targetId: before.id,
      details: {
        before: { name: before.name, roles: before.roles, organisationId: before.organisationId },
        after,
      },
    });
    const user = await findUserForUpdate(tx, before.id);

    return { ok: true, user: user ?? before };
  });
};
