import type { AppContext } from '../../../app/context.ts';
import { findUserByEmail } from '../queries.ts';
import type { Role } from '../roles.ts';
import { demoEmail } from './load-demo-accounts.ts';

/** A demo user as the other modules' demo loaders act with it (the same shape as a signed-in actor). */
export type DemoUser = { id: string; name: string; email: string; roles: readonly string[]; organisationId: string | null; ip: null };

/**
 * The demo user of a role (demo-<role>@vangnet.test), made by this module's demo loader, which runs
 * first. The later modules' demo loaders act as these users, so their story has real authors.
 */
export const findDemoUser = async (ctx: AppContext, role: Role): Promise<DemoUser> => {
  const user = await findUserByEmail(ctx.db, demoEmail(role));
  if (!user) throw new Error(`demo user for ${role} missing: run the accounts demo first`);

  return { id: user.id, name: user.name, email: user.email, roles: user.roles, organisationId: user.organisationId, ip: null };
};
