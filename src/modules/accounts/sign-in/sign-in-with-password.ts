import { setTimeout as sleep } from 'node:timers/promises';
import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { burnPasswordCheck, verifyPassword } from './passwords.ts';
import { findUserByEmail, type UserRow, updateUser } from '../queries.ts';

/** After this many failures in a row the account locks for a while. */
export const LOCK_AFTER_FAILURES = 5;
const LOCK_MINUTES_STEP = 15;
const LOCK_MINUTES_MAX = 60;

export type SignInResult = { ok: true; user: UserRow } | { ok: false; reason: 'invalid' | 'locked'; lockedUntil?: Date };

/** Growing delay per failure (0.25 s, 0.5 s, 1 s …, at most 4 s), so guessing gets slow fast. */
export const failureDelayMs = (failures: number): number => Math.min(250 * 2 ** Math.max(0, failures - 1), 4000);

/** Minutes locked after `failures` failures in a row: 15, 30, 45, then 60. */
export const lockMinutes = (failures: number): number =>
  failures < LOCK_AFTER_FAILURES ? 0 : Math.min(LOCK_MINUTES_STEP * (failures - LOCK_AFTER_FAILURES + 1), LOCK_MINUTES_MAX);

type Who = { ip: string; email: string };

/** Counts a failed password or code; locks the account when there were too many. */
export const countFailure = async (ctx: AppContext, user: UserRow, who: Who, what: 'password' | 'totp'): Promise<Date | undefined> => {
  const failures = user.failedLogins + 1;
  const minutes = lockMinutes(failures);
  const lockedUntil = minutes > 0 ? new Date(Date.now() + minutes * 60_000) : undefined;
  await updateUser(ctx.db, user.id, { failedLogins: failures, lockedUntil: lockedUntil ?? user.lockedUntil });
  await recordAuditEvent(ctx.db, {
    actor: { userId: user.id, label: who.email, ip: who.ip },
    action: lockedUntil ? 'auth.locked' : `auth.${what}.failed`,
    targetType: 'user',
    targetId: user.id,
    details: { failures, lockedMinutes: minutes || undefined },
  });
  await sleep(failureDelayMs(failures));

  return lockedUntil;
};

export const signInWithPassword = async (ctx: AppContext, input: { email: string; password: string; ip: string }): Promise<SignInResult> => {
  const email = input.email.trim().toLowerCase();
  const who = { ip: input.ip, email: email.slice(0, 200) };
  const user = await findUserByEmail(ctx.db, email);
  if (!user || user.disabledAt) {
    await burnPasswordCheck(input.password);
    await recordAuditEvent(ctx.db, {
      actor: { userId: user?.id ?? null, label: who.email, ip: who.ip },
      action: 'auth.password.failed',
      details: { reason: user ? 'disabled' : 'unknown-email' },
    });
    await sleep(failureDelayMs(1));

    return { ok: false, reason: 'invalid' };
  }
  if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
    await recordAuditEvent(ctx.db, {
      actor: { userId: user.id, label: who.email, ip: who.ip },
      action: 'auth.password.refused-locked',
      targetType: 'user',
      targetId: user.id,
    });

    return { ok: false, reason: 'locked', lockedUntil: user.lockedUntil };
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const lockedUntil = await countFailure(ctx, user, who, 'password');

    return lockedUntil ? { ok: false, reason: 'locked', lockedUntil } : { ok: false, reason: 'invalid' };
  }
  await recordAuditEvent(ctx.db, {
    actor: { userId: user.id, label: who.email, ip: who.ip },
    action: 'auth.password.ok',
    targetType: 'user',
    targetId: user.id,
  });

  return { ok: true, user };
};
