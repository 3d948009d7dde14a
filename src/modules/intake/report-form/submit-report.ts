import type { AppContext } from '../../../app/context.ts';
import { type ConsentPurpose, type DraftAnswers, missingSteps, text } from '../answers.ts';
import { alertSupervisorsByMail } from '../triage/alert-supervisors.ts';
import { createReport } from './create-report.ts';
import type { Draft } from './draft-session.ts';
import { attachDraftFiles, lockDraft, updateDraft } from '../queries.ts';
import { formatReceipt, hashReceiptSecret, newReceiptSecret } from '../follow-up/receipt.ts';
import { isShortDraft, missingShortSteps } from './short-path.ts';

export type SubmitResult = { ok: true; alreadySubmitted: boolean } | { ok: false; problem: 'incomplete' | 'gone' };

export const consentsFrom = (answers: DraftAnswers): Record<ConsentPurpose, boolean> => ({
  police: text(answers, 'consentPolice') === 'yes',
  care: text(answers, 'consentCare') === 'yes',
  zvh: text(answers, 'consentZvh') === 'yes',
});

/**
 * Turns a draft into a report. The draft row is locked, so a double click, a refresh or the back
 * button runs into the first submit and makes no second report. The receipt is kept encrypted on
 * the draft only until it has been shown once (receive-receipt.ts erases it); the report counts as
 * received only after this transaction commits.
 */
export const submitReport = async (ctx: AppContext, draft: Draft): Promise<SubmitResult> => {
  if (draft.submittedReportId) return { ok: true, alreadySubmitted: true };
  const short = isShortDraft(draft.answers);
  const missing = short ? missingShortSteps(draft.answers) : missingSteps(draft.answers);
  if (missing.length > 0) return { ok: false, problem: 'incomplete' };
  // The slow hash runs before the transaction, so no lock is held while it works.
  const secret = newReceiptSecret();
  const receiptHash = await hashReceiptSecret(secret);

  const outcome = await ctx.db.transaction(async (tx) => {
    const row = await lockDraft(tx, draft.id);
    if (!row) return { ok: false as const, problem: 'gone' as const };
    if (row.submittedReportId) return { ok: true as const, alreadySubmitted: true, report: null };
    const report = await createReport(ctx, tx, {
      channel: 'web',
      answers: draft.answers,
      // The short path does not ask for consent: nothing is recorded rather than a "no" never said.
      consents: short ? {} : consentsFrom(draft.answers),
      receiptHash,
      receiptMustChange: false,
      idempotencyKey: draft.id,
      filedBy: null,
    });
    await attachDraftFiles(tx, draft.id, report.id);
    // The answers now live in the report; the draft keeps only what the receipt page needs.
    await updateDraft(tx, draft.id, {
      dataEnc: '',
      submittedReportId: report.id,
      receiptEnc: ctx.keys.encrypt(formatReceipt(report.number, secret)),
    });

    return { ok: true as const, alreadySubmitted: false, report };
  });
  if (!outcome.ok) return outcome;
  if (outcome.report?.urgent) void alertSupervisorsByMail(ctx, outcome.report);

  return { ok: true, alreadySubmitted: outcome.alreadySubmitted };
};
