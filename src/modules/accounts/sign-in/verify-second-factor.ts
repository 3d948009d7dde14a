import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { findUserById, updateUser } from '../queries.ts';
import { countFailure } from './sign-in-with-password.ts';
import type { StaffSession } from './session.ts';
import { checkTotp } from './totp.ts';

export type SecondFactorResult = { ok: true } | { ok: false; reason: 'invalid' | 'locked' | 'expired' };

/**
 * The second step of signing in: a TOTP code, either against the enrolled secret (stage 'password')
 * or against the secret being enrolled (stage 'enrol'). Failures count towards the same lock as
 * wrong passwords, and a code is accepted only once.
 */
export const verifySecondFactor = async (
  ctx: AppContext,
  session: StaffSession,
  code: string,
  ip: string,
): Promise<SecondFactorResult> => {
  const user = await findUserById(ctx.db, session.user.id);
  if (!user || user.disabledAt) return { ok: false, reason: 'expired' };
  if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) return { ok: false, reason: 'locked' };
  const enrolling = session.stage === 'enrol';
  const secretEnc = enrolling ? session.pendingTotpEnc : user.totpSecretEnc;
  if (!secretEnc) return { ok: false, reason: 'expired' };
  const step = checkTotp(ctx.keys.decryptText(secretEnc), code);
  const replay = step !== null && !enrolling && user.totpLastStep !== null && step <= user.totpLastStep;
  if (step === null || replay) {
    const lockedUntil = await countFailure(ctx, user, { ip, email: user.email }, 'totp');

    return { ok: false, reason: lockedUntil ? 'locked' : 'invalid' };
  }
  await updateUser(ctx.db, user.id, {
    totpLastStep: step,
    failedLogins: 0,
    lockedUntil: null,
    ...(enrolling ? { totpSecretEnc: secretEnc } : {}),
  });
  const actor = { userId: user.id, label: user.email, ip };
  if (enrolling) await recordAuditEvent(ctx.db, { actor, action: 'auth.totp.enrolled', targetType: 'user', targetId: user.id });
  await recordAuditEvent(ctx.db, { actor, action: 'auth.signin.ok', targetType: 'user', targetId: user.id });

  return { ok: true };
};
