import { generateRegistrationOptions, type RegistrationResponseJSON, verifyRegistrationResponse } from '@simplewebauthn/server';
import type { AppContext } from '../../../app/context.ts';
import { type AuditActor, recordAuditEvent } from '../../audit/index.ts';
import { CHALLENGE_MS, relyingParty } from './passkey-settings.ts';
import { insertPasskey, listPasskeys, putPasskeyChallenge, takePasskeyChallenge, updateSession } from '../queries.ts';
import type { StaffSession } from '../sign-in/session.ts';

export const MAX_PASSKEYS = 10;

/** Step 1 of adding a passkey: the options the browser needs, with a fresh challenge kept for the session. */
export const passkeyEnrolOptions = async (ctx: AppContext, session: StaffSession) => {
  const { rpID, rpName } = relyingParty(ctx);
  const existing = await listPasskeys(ctx.db, session.user.id);
  const options = await generateRegistrationOptions({
    rpName,
    rpID,
    userName: session.user.email,
    userDisplayName: session.user.name,
    userID: new TextEncoder().encode(session.user.id),
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports })),
    authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
  });
  await putPasskeyChallenge(ctx.db, {
    sessionIdHash: session.idHash,
    purpose: 'enrol',
    challenge: options.challenge,
    expiresAt: new Date(ctx.clock.now().getTime() + CHALLENGE_MS),
  });

  return options;
};

export type EnrolPasskeyResult = { ok: true } | { ok: false; problem: 'expired' | 'invalid' | 'tooMany' };

/** Step 2: checks what the browser's authenticator made and keeps its public key. */
export const enrolPasskey = async (
  ctx: AppContext,
  input: { session: StaffSession; response: unknown; name: string; actor: AuditActor },
): Promise<EnrolPasskeyResult> => {
  const { rpID, origin } = relyingParty(ctx);
  const challenge = await takePasskeyChallenge(ctx.db, input.session.idHash, 'enrol');
  if (!challenge || challenge.expiresAt.getTime() < ctx.clock.now().getTime()) return { ok: false, problem: 'expired' };
  if ((await listPasskeys(ctx.db, input.session.user.id)).length >= MAX_PASSKEYS) return { ok: false, problem: 'tooMany' };
  let verified: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    verified = await verifyRegistrationResponse({
      response: input.response as RegistrationResponseJSON,
      expectedChallenge: challenge.challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: true,
    });
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (!verified.verified) return { ok: false, problem: 'invalid' };
  const { credential } = verified.registrationInfo;
  const name = input.name.trim().slice(0, 80) || 'Passkey';
  await ctx.db.transaction(async (tx) => {
    await insertPasskey(tx, {
      userId: input.session.user.id,
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey).toString('base64url'),
      counter: credential.counter,
      transports: credential.transports ?? [],
      name,
    });
    await recordAuditEvent(tx, { actor: input.actor, action: 'auth.passkey.enrolled', targetType: 'user', targetId: input.session.user.id });
    // The authenticator just signed this session's challenge with user verification: the session
    // now counts as a passkey session, so a role that requires passkeys need not ask again at once.
    if (input.session.secondFactor !== 'passkey') await updateSession(tx, input.session.idHash, { secondFactor: 'passkey' });
  });

  return { ok: true };
};
