import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { EMAIL } from '../users/create-user.ts';
import { hashPassword, passwordProblem } from '../sign-in/passwords.ts';
import { countUsers, findSetupToken, findSetupTokenForUpdate, insertUser, markSetupTokenUsed } from '../queries.ts';
import { hashToken } from '../sign-in/session.ts';

export type FirstAdminInput = { token: string; name: string; email: string; password: string; repeat: string };

export type FirstAdminProblems = {
  name?: 'missingName' | 'nameTooLong';
  email?: 'invalidEmail';
  password?: 'missingNew' | 'tooShort' | 'tooLong';
  repeat?: 'mismatch';
};

export type FirstAdminResult =
  | { ok: true; userId: string }
  | { ok: false; problem: 'invalidLink' | 'usersExist' }
  | { ok: false; problem: 'fields'; problems: FirstAdminProblems };

/** Whether a setup link can still be used: known, not used, not expired, and still no users. */
export const setupLinkState = async (ctx: AppContext, token: string): Promise<'ok' | 'invalidLink' | 'usersExist'> => {
  if ((await countUsers(ctx.db)) > 0) return 'usersExist';
  if (token.length > 100) return 'invalidLink';
  const row = await findSetupToken(ctx.db, hashToken(token));
  if (!row || row.usedAt || row.expiresAt.getTime() <= Date.now()) return 'invalidLink';

  return 'ok';
};

/**
 * Creates the first admin through the one-time setup link. Works only while there is no user at all
 * and the link is valid and unused; the check and the insert share one transaction with the token
 * row locked, so the link works exactly once.
 */
export const createFirstAdmin = async (ctx: AppContext, input: FirstAdminInput, ip: string): Promise<FirstAdminResult> => {
  const state = await setupLinkState(ctx, input.token);
  if (state !== 'ok') return { ok: false, problem: state };
  const name = input.name.trim();
  const email = input.email.trim().toLowerCase();
  const problems: FirstAdminProblems = {};
  if (!name) problems.name = 'missingName';
  else if (name.length > 200) problems.name = 'nameTooLong';
  if (!EMAIL.test(email)) problems.email = 'invalidEmail';
  const weak = passwordProblem(input.password);
  if (!input.password) problems.password = 'missingNew';
  else if (weak) problems.password = weak;
  else if (input.password !== input.repeat) problems.repeat = 'mismatch';
  if (Object.keys(problems).length > 0) return { ok: false, problem: 'fields', problems };

  const passwordHash = await hashPassword(input.password);

  return ctx.db.transaction(async (tx): Promise<FirstAdminResult> => {
    const tokenHash = hashToken(input.token);
    const row = await findSetupTokenForUpdate(tx, tokenHash);
    if (!row || row.usedAt || row.expiresAt.getTime() <= Date.now()) return { ok: false, problem: 'invalidLink' };
    if ((await countUsers(tx)) > 0) return { ok: false, problem: 'usersExist' };
    const user = await insertUser(tx, { email, name, roles: ['admin'], passwordHash, mustChangePassword: false });
    await markSetupTokenUsed(tx, tokenHash);
    await recordAuditEvent(tx, {
      actor: { userId: null, label: 'setup-link', ip },
      action: 'user.create',
      targetType: 'user',
      targetId: user.id,
      details: { email, roles: ['admin'], via: 'setup-link' },
    });

    return { ok: true, userId: user.id };
  });
};
