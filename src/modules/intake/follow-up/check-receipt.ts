import type { AppContext } from '../../../app/context.ts';
import { findReportByNumber, type ReportRow } from '../queries.ts';
import { burnReceiptCheck, parseReceipt, verifyReceiptSecret } from './receipt.ts';
import { receiptFailed, receiptSucceeded, receiptWait } from './receipt-limiter.ts';

export type CheckReceiptResult = { ok: true; report: ReportRow } | { ok: false; problem: 'format' | 'wrong' | 'wait'; waitSeconds?: number };

/**
 * Checks a typed receipt against the Argon2id hash of its report. An unknown number costs the same
 * time as a wrong secret. `connection` only feeds the in-memory limiter.
 */
export const checkReceipt = async (ctx: AppContext, typed: string, connection: string): Promise<CheckReceiptResult> => {
  const parsed = parseReceipt(typed);
  if (!parsed) return { ok: false, problem: 'format' };
  const wait = receiptWait(parsed.number, connection);
  if (wait > 0) return { ok: false, problem: 'wait', waitSeconds: Math.ceil(wait / 1000) };
  const report = await findReportByNumber(ctx.db, parsed.number);
  let valid = false;
  if (report) valid = await verifyReceiptSecret(report.receiptHash, parsed.secret);
  else await burnReceiptCheck(parsed.secret);
  if (!report || !valid) {
    receiptFailed(parsed.number, connection);
    return { ok: false, problem: 'wrong' };
  }
  receiptSucceeded(parsed.number);

  return { ok: true, report };
};
