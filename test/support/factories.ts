import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { AppContext } from '../../src/app/context.ts';
import { insertUser, updateUser, type UserRow } from '../../src/modules/accounts/queries.ts';
import type { Role } from '../../src/modules/accounts/roles.ts';
import { currentTotp, newTotpSecret } from '../../src/modules/accounts/sign-in/totp.ts';
import { TestClient } from './client.ts';
import { hashTestPassword } from './test-hash.ts';

export type TestUser = { user: UserRow; password: string; totpSecret: string };

let counter = 0;


/** A staff user with a known password and an enrolled second factor. Fictitious. */
export const createStaffUser = async (
  ctx: AppContext,
  options: { roles: Role[]; name?: string; email?: string; organisationId?: string; enrolled?: boolean } = { roles: [] },
): Promise<TestUser> => {
  counter += 1;
  const password = `test-${randomBytes(8).toString('hex')}`;
  const totpSecret = newTotpSecret();
  const user = await insertUser(ctx.db, {
    email: options.email ?? `medewerker${counter}-${randomBytes(3).toString('hex')}@vangnet.test`,
    name: options.name ?? `Test Medewerker ${counter}`,
    passwordHash: await hashTestPassword(password),
    roles: options.roles,
    organisationId: options.organisationId ?? null,
    totpSecretEnc: options.enrolled === false ? null : ctx.keys.encrypt(totpSecret),
  });

  return { user, password, totpSecret };
};

/**
 * Signs in through the real forms (password, then TOTP) and returns a client with the session.
 * The last used TOTP step is cleared first, so one user can sign in several times in one test.
 */
export const signIn = async (ctx: AppContext, staffApp: FastifyInstance, u: TestUser): Promise<TestClient> => {
  const client = new TestClient(staffApp);
  await client.get('/inloggen');
  const first = await client.post('/inloggen', { email: u.user.email, password: u.password });
  expect(first.statusCode, first.body.slice(0, 500)).toBe(303);
  await updateUser(ctx.db, u.user.id, { totpLastStep: null });
  await client.get('/inloggen/code');
  const second = await client.post('/inloggen/code', { code: currentTotp(u.totpSecret) });
  expect(second.statusCode, second.body.slice(0, 500)).toBe(303);

  return client;
};

/** Creates a user with the roles and signs them in. */
export const signedInAs = async (ctx: AppContext, staffApp: FastifyInstance, roles: Role[], extra: { organisationId?: string } = {}) => {
  const u = await createStaffUser(ctx, { roles, ...extra });

  return { ...u, client: await signIn(ctx, staffApp, u) };
};

/** A client for the public site. */
export const publicClient = (publicApp: FastifyInstance, headers: Record<string, string> = {}) => {
  const c = new TestClient(publicApp, headers);
  c.tokenPage = '/';

  return c;
};
