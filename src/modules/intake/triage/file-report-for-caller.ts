import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent, type AuditActor } from '../../audit/index.ts';
import type { Channel, ConsentPurpose, DraftAnswers } from '../answers.ts';
import { alertSupervisorsByMail } from './alert-supervisors.ts';
import { createReport } from '../report-form/create-report.ts';
import type { ReportRow } from '../queries.ts';
import { formatReceipt, hashReceiptSecret, newReceiptSecret } from '../follow-up/receipt.ts';

/**
 * A member of staff files a report for someone who called 0800-0034, e-mailed or chatted. The caller
 * gets a receipt read out or sent to them; because staff saw it, it must be replaced on first use
 * (GlobaLeaks' operator model).
 */
export const fileReportForCaller = async (
  ctx: AppContext,
  input: { channel: Exclude<Channel, 'web'>; answers: DraftAnswers; consents: Record<ConsentPurpose, boolean>; urgentReason: string | null; idempotencyKey: string; at?: Date },
  actor: AuditActor & { userId: string },
): Promise<{ report: ReportRow; receipt: string }> => {
  const secret = newReceiptSecret();
  const receiptHash = await hashReceiptSecret(secret);
  const report = await ctx.db.transaction(async (tx) => {
    const row = await createReport(ctx, tx, {
      channel: input.channel,
      answers: input.answers,
      consents: input.consents,
      receiptHash,
      receiptMustChange: true,
      idempotencyKey: input.idempotencyKey,
      filedBy: actor.userId,
      urgentReason: input.urgentReason,
      at: input.at,
    });
    await recordAuditEvent(tx, { actor, action: 'report.file_for_caller', targetType: 'report', targetId: row.id, details: { channel: input.channel } });

    return row;
  });
  if (report.urgent) void alertSupervisorsByMail(ctx, report);

  return { report, receipt: formatReceipt(report.number, secret) };
};
