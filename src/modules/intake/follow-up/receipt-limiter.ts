import type { AppContext } from '../../../app/context.ts';
import { addReceiptFailure, clearReceiptTries, delayReceiptTries, deleteAllReceiptTries, deleteForgottenReceiptTries, findReceiptTries } from '../queries.ts';

/**
 * Growing delays for receipt checks, per report number only, in the database so every app process
 * sees the same counts (src/modules/intake/README.md says why). Nothing about who asked is kept —
 * no IP address, not even hashed (hard rule 2) — so the limiter cannot tell two reporters behind one
 * proxy apart, and does not need to: tries on one number slow down that number and no other.
 * After 3 failures each further try must wait 2, 4, 8 … seconds, capped at one minute, so even the
 * holder of a number someone else is guessing at waits at most that long; a success clears the
 * number, and a number is forgotten after 30 quiet minutes.
 */
export const FREE_TRIES = 3;
export const MAX_DELAY_MS = 60 * 1000;
const FORGET_MS = 30 * 60 * 1000;

export const delayFor = (failures: number): number => (failures < FREE_TRIES ? 0 : Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - FREE_TRIES + 1)));

export type NumberState = { waitMs: number; failures: number };

/** How long this number must wait before a check may run (0: now), and its recent failures. */
export const receiptNumberState = async (ctx: AppContext, number: string): Promise<NumberState> => {
  const row = await findReceiptTries(ctx.db, number);
  const now = ctx.clock.now().getTime();
  if (!row || row.forgetAt.getTime() < now) return { waitMs: 0, failures: 0 };

  return { waitMs: Math.max(0, row.nextAllowedAt.getTime() - now), failures: row.failures };
};

export const receiptFailed = async (ctx: AppContext, number: string): Promise<void> => {
  const now = ctx.clock.now();
  const failures = await addReceiptFailure(ctx.db, { number, now, forgetAt: new Date(now.getTime() + FORGET_MS) });
  const delay = delayFor(failures);
  if (delay > 0) await delayReceiptTries(ctx.db, number, new Date(now.getTime() + delay));
  // Old numbers go on the way, so the table stays as small as the last half hour's tries.
  if (failures === 1) await deleteForgottenReceiptTries(ctx.db, now);
};

export const receiptSucceeded = (ctx: AppContext, number: string) => clearReceiptTries(ctx.db, number);

/** Tests and benches only: forget every number's failures. */
export const resetReceiptLimiter = (ctx: AppContext) => deleteAllReceiptTries(ctx.db);
