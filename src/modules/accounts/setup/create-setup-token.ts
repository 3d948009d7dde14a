import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../../app/context.ts';
import { countUsers, deleteUnusedSetupTokens, insertSetupToken } from '../queries.ts';
import { hashToken } from '../sign-in/session.ts';

export const SETUP_TOKEN_HOURS = 24;

/** A new one-time setup link token. Only its SHA-256 is stored; older unused links stop working. */
export const createSetupToken = async (ctx: AppContext): Promise<string> => {
  const token = randomBytes(32).toString('base64url');
  await ctx.db.transaction(async (tx) => {
    await deleteUnusedSetupTokens(tx);
    await insertSetupToken(tx, { tokenHash: hashToken(token), expiresAt: new Date(Date.now() + SETUP_TOKEN_HOURS * 3600_000) });
  });

  return token;
};

/**
 * On an empty installation: prints, once per start, how to create the first admin — a setup link on
 * the staff port, or the CLI. There is no default password to fall back on.
 */
export const announceFirstAdminSetup = async (ctx: AppContext, print: (line: string) => void = console.log): Promise<boolean> => {
  if ((await countUsers(ctx.db)) > 0) return false;
  const token = await createSetupToken(ctx);
  print('');
  print('Vangnet has no users yet. Create the first administrator in one of two ways:');
  print(`  1. open this one-time link (valid ${SETUP_TOKEN_HOURS} hours): ${ctx.config.staffBaseUrl}/setup/${token}`);
  print('  2. or run: npm run vangnet -- create-user --email you@example.org --name "Your Name" --role admin');
  print('');

  return true;
};
