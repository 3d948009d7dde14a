import { parseArgs } from 'node:util';
import { loadConfig } from '../app/config.ts';
import { createContext } from '../app/start.ts';
import { createUser } from '../modules/accounts/users/create-user.ts';
import { ROLES } from '../modules/accounts/roles.ts';

/**
 * `vangnet create-user --email E --name N --role admin`: prints a one-time password, once. The user
 * must change it and set up the second factor at the first sign-in.
 */
export const run = async (args: string[]): Promise<number> => {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string', multiple: true },
      organisation: { type: 'string' },
    },
  });
  if (!values.email || !values.role?.length) {
    console.error(`Usage: vangnet create-user --email E [--name N] --role R [--role R2] [--organisation ID]\nRoles: ${ROLES.join(', ')}`);
    return 2;
  }
  const ctx = await createContext({ ...loadConfig(), jobs: false });
  const result = await createUser(
    ctx,
    { email: values.email, name: values.name ?? values.email, roles: values.role, organisationId: values.organisation },
    { userId: null, label: 'cli' },
  );
  await ctx.database.close();
  if (!result.ok) {
    console.error(`Not created: ${result.problem}`);
    return 1;
  }
  console.log(`Created ${result.user.email} (${result.user.roles.join(', ')}).`);
  console.log(`One-time password (shown once, must be changed at first sign-in): ${result.oneTimePassword}`);
  console.log(`Sign in at ${ctx.config.staffBaseUrl}/inloggen and set up the authenticator app.`);

  return 0;
};
