import type { AppContext } from '../../../app/context.ts';
import { findReportById, updateReport } from '../queries.ts';
import { formatReceipt, hashReceiptSecret, newReceiptSecret } from './receipt.ts';

/** Gives the report a new receipt; the old one stops working at once. Returns the new one (shown once). */
export const changeReceipt = async (ctx: AppContext, reportId: string): Promise<string | null> => {
  const report = await findReportById(ctx.db, reportId);
  if (!report) return null;
  const secret = newReceiptSecret();
  await updateReport(ctx.db, reportId, { receiptHash: await hashReceiptSecret(secret), receiptMustChange: false });

  return formatReceipt(report.number, secret);
};
