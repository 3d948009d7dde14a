import type { AppContext } from '../../../app/context.ts';
import { listPasskeyRoles, listPasskeys } from '../queries.ts';

/**
 * Where passkeys belong: the staff app's own address (STAFF_BASE_URL). A passkey made for one
 * address does not work on another, so set STAFF_BASE_URL to the name staff type in the browser
 * (a host name: browsers refuse passkeys for a bare IP address).
 */
export const relyingParty = (ctx: AppContext) => {
  const url = new URL(ctx.config.staffBaseUrl);

  return { rpID: url.hostname, origin: url.origin, rpName: 'Vangnet' };
};

/** A ceremony must be finished within this time. */
export const CHALLENGE_MS = 5 * 60 * 1000;

/** Whether one of these roles must sign in with a passkey. */
export const passkeyRequiredFor = async (ctx: AppContext, roles: string[]): Promise<boolean> => {
  const required = await listPasskeyRoles(ctx.db);

  return roles.some((r) => required.includes(r));
};

/** How this user may finish signing in: with a passkey, with a code, or both. */
export const secondFactors = async (ctx: AppContext, user: { id: string; roles: string[] }) => {
  const passkeys = (await listPasskeys(ctx.db, user.id)).length;
  const required = await passkeyRequiredFor(ctx, user.roles);

  // A user of a passkey role without a passkey yet signs in with the code once and must then add one.
  return { passkey: passkeys > 0, totp: !(required && passkeys > 0), mustEnrolPasskey: required && passkeys === 0 };
};
