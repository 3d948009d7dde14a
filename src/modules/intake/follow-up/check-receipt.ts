import { setTimeout as sleep } from 'node:timers/promises';
import type { AppContext } from '../../../app/context.ts';
import { findReportByNumber, type ReportRow } from '../queries.ts';
import { parseReceipt, typicalCheckMs, verifyReceiptSecret } from './receipt.ts';
import { BudgetBusy, type ReceiptBudget } from './receipt-budget.ts';
import { receiptFailed, receiptNumberState, receiptSucceeded } from './receipt-limiter.ts';

export type CheckReceiptResult =
  | { ok: true; report: ReportRow }
  | { ok: false; problem: 'format' | 'wrong' | 'busy' }
  | { ok: false; problem: 'wait'; waitSeconds: number };

/**
 * Checks a typed receipt against the Argon2id hash of its report. Nothing about the connection
 * goes in: the limits are per report number (receipt-limiter.ts) and a CPU budget for the whole
 * process (receipt-budget.ts). A number that is waiting is answered without any hashing; a number
 * with recent failures uses the small "suspect" lane, so guessing at known numbers cannot take the
 * slots of reporters typing their own. An unknown number costs no CPU but takes as long as a check.
 */
export const checkReceipt = async (ctx: AppContext, budget: ReceiptBudget, typed: string): Promise<CheckReceiptResult> => {
  const parsed = parseReceipt(typed);
  if (!parsed) return { ok: false, problem: 'format' };
  const state = await receiptNumberState(ctx, parsed.number);
  if (state.waitMs > 0) return { ok: false, problem: 'wait', waitSeconds: Math.ceil(state.waitMs / 1000) };
  const report = await findReportByNumber(ctx.db, parsed.number);
  let valid = false;
  try {
    valid = await budget.run(state.failures > 0 ? 'suspect' : 'fresh', async () => {
      if (report) return verifyReceiptSecret(report.receiptHash, parsed.secret);
      await sleep(await typicalCheckMs());
      return false;
    });
  } catch (err) {
    if (err instanceof BudgetBusy) return { ok: false, problem: 'busy' };
    throw err;
  }
  if (!report || !valid) {
    await receiptFailed(ctx, parsed.number);
    return { ok: false, problem: 'wrong' };
  }
  await receiptSucceeded(ctx, parsed.number);

  return { ok: true, report };
};
