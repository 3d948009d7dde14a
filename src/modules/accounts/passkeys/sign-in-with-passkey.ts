import { type AuthenticationResponseJSON, generateAuthenticationOptions, verifyAuthenticationResponse } from '@simplewebauthn/server';
import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { CHALLENGE_MS, relyingParty } from './passkey-settings.ts';
import { findUserById, listPasskeys, markPasskeyUsed, putPasskeyChallenge, takePasskeyChallenge, updateUser } from '../queries.ts';
import type { StaffSession } from '../sign-in/session.ts';
import { countFailure } from '../sign-in/sign-in-with-password.ts';

/** Second step of signing in with a passkey (after the password): options naming the user's passkeys. */
export const passkeySignInOptions = async (ctx: AppContext, session: StaffSession) => {
  const { rpID } = relyingParty(ctx);
  const passkeys = await listPasskeys(ctx.db, session.user.id);
  const options = await generateAuthenticationOptions({
    rpID,
    allowCredentials: passkeys.map((p) => ({ id: p.credentialId, transports: p.transports as AuthenticatorTransport[] })),
    userVerification: 'required',
  });
  await putPasskeyChallenge(ctx.db, {
    sessionIdHash: session.idHash,
    purpose: 'signin',
    challenge: options.challenge,
    expiresAt: new Date(ctx.clock.now().getTime() + CHALLENGE_MS),
  });

  return options;
};

type AuthenticatorTransport = 'ble' | 'cable' | 'hybrid' | 'internal' | 'nfc' | 'smart-card' | 'usb';

export type PasskeySignInResult = { ok: true } | { ok: false; reason: 'invalid' | 'locked' | 'expired' };

/**
 * Checks the signed challenge against one of the user's passkeys. A failure counts towards the same
 * lock as wrong passwords and codes; a counter that goes backwards (a cloned key) is refused.
 */
export const signInWithPasskey = async (ctx: AppContext, input: { session: StaffSession; response: unknown; ip: string }): Promise<PasskeySignInResult> => {
  const user = await findUserById(ctx.db, input.session.user.id);
  if (!user || user.disabledAt) return { ok: false, reason: 'expired' };
  if (user.lockedUntil && user.lockedUntil.getTime() > ctx.clock.now().getTime()) return { ok: false, reason: 'locked' };
  const challenge = await takePasskeyChallenge(ctx.db, input.session.idHash, 'signin');
  if (!challenge || challenge.expiresAt.getTime() < ctx.clock.now().getTime()) return { ok: false, reason: 'expired' };
  const response = input.response as AuthenticationResponseJSON;
  const passkey = (await listPasskeys(ctx.db, user.id)).find((p) => typeof response?.id === 'string' && p.credentialId === response.id);
  const fail = async (): Promise<PasskeySignInResult> => {
    const lockedUntil = await countFailure(ctx, user, { ip: input.ip, email: user.email }, 'passkey');
    return { ok: false, reason: lockedUntil ? 'locked' : 'invalid' };
  };
  if (!passkey) return fail();
  const { rpID, origin } = relyingParty(ctx);
  let verified: Awaited<ReturnType<typeof verifyAuthenticationResponse>>;
  try {
    verified = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge.challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: true,
      credential: { id: passkey.credentialId, publicKey: Buffer.from(passkey.publicKey, 'base64url'), counter: passkey.counter, transports: passkey.transports },
    });
  } catch {
    return fail();
  }
  if (!verified.verified) return fail();
  await markPasskeyUsed(ctx.db, passkey.id, verified.authenticationInfo.newCounter, ctx.clock.now());
  await updateUser(ctx.db, user.id, { failedLogins: 0, lockedUntil: null });
  await recordAuditEvent(ctx.db, {
    actor: { userId: user.id, label: user.email, ip: input.ip },
    action: 'auth.signin.ok',
    targetType: 'user',
    targetId: user.id,
    details: { factor: 'passkey' },
  });

  return { ok: true };
};
