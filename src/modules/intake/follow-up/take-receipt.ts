import type { AppContext } from '../../../app/context.ts';
import { findReportById, lockDraft, updateDraft } from '../queries.ts';

/**
 * Hands out the receipt of a submitted draft exactly once and erases it: after this only the
 * Argon2id hash on the report is left. A second call gets null (the page then says the receipt was
 * already shown).
 */
export const takeReceipt = async (ctx: AppContext, draftId: string): Promise<{ receipt: string | null; number: string | null; reporterKind: string | null }> =>
  ctx.db.transaction(async (tx) => {
    const row = await lockDraft(tx, draftId);
    if (!row?.submittedReportId) return { receipt: null, number: null, reporterKind: null };
    const report = await findReportById(tx, row.submittedReportId);
    const reporterKind = report?.reporterKind ?? null;
    if (!row.receiptEnc) return { receipt: null, number: report?.number ?? null, reporterKind };
    await updateDraft(tx, draftId, { receiptEnc: null });

    return { receipt: ctx.keys.decryptText(row.receiptEnc), number: report?.number ?? null, reporterKind };
  });
