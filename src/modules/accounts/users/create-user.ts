import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent, type AuditActor } from '../../audit/index.ts';
import { generateOneTimePassword, hashPassword } from '../sign-in/passwords.ts';
import { findOrganisation, findUserByEmail, insertUser, type UserRow } from '../queries.ts';
import { isRole, type Role } from '../roles.ts';

export type CreateUserInput = {
  email: string;
  name: string;
  roles: string[];
  organisationId?: string | null;
  /** Given: used as is (the setup page). Missing: a one-time password is made and must be changed. */
  password?: string;
};

export type CreateUserResult =
  | { ok: true; user: UserRow; oneTimePassword: string | null }
  | { ok: false; problem: 'emailTaken' | 'invalidEmail' | 'noName' | 'noRole' | 'badRole' | 'partnerNeedsOrganisation' | 'unknownOrganisation' };

/** A plain sanity check; the address is not verified by mail. */
export const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,185}\.[^\s@]{2,}$/;

/** Creates a staff user. A partner must belong to an organisation; nobody gets a default password. */
export const createUser = async (ctx: AppContext, input: CreateUserInput, actor: AuditActor): Promise<CreateUserResult> => {
  const email = input.email.trim().toLowerCase();
  const name = input.name.trim();
  if (!EMAIL.test(email)) return { ok: false, problem: 'invalidEmail' };
  if (!name || name.length > 200) return { ok: false, problem: 'noName' };
  if (input.roles.length === 0) return { ok: false, problem: 'noRole' };
  if (!input.roles.every(isRole)) return { ok: false, problem: 'badRole' };
  const roles = [...new Set(input.roles)] as Role[];
  const organisationId = input.organisationId || null;
  if (roles.includes('partner') && !organisationId) return { ok: false, problem: 'partnerNeedsOrganisation' };
  if (organisationId && !(await findOrganisation(ctx.db, organisationId))) return { ok: false, problem: 'unknownOrganisation' };
  if (await findUserByEmail(ctx.db, email)) return { ok: false, problem: 'emailTaken' };

  const oneTimePassword = input.password ? null : generateOneTimePassword();
  const passwordHash = await hashPassword(input.password ?? oneTimePassword!);
  const user = await ctx.db.transaction(async (tx) => {
    const row = await insertUser(tx, { email, name, roles, organisationId, passwordHash, mustChangePassword: oneTimePassword !== null });
    await recordAuditEvent(tx, {
      actor,
      action: 'user.create',
      targetType: 'user',
      targetId: row.id,
      details: { email, roles, organisationId },
    });

    return row;
  });

  return { ok: true, user, oneTimePassword };
};
