import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent, type AuditActor } from '../../audit/index.ts';
import { CLOSE_REASONS, STATUSES } from '../answers.ts';
import { findReportById, updateReport } from '../queries.ts';

export type StatusProblem = 'notFound' | 'badStatus' | 'reasonNeeded';

/** Moves a report to another status; closing needs one of the close reasons. Audited. */
export const changeReportStatus = async (
  ctx: AppContext,
  input: { reportId: string; status: string; closeReason: string },
  actor: AuditActor,
): Promise<{ ok: true } | { ok: false; problem: StatusProblem }> => {
  const report = await findReportById(ctx.db, input.reportId);
  if (!report) return { ok: false, problem: 'notFound' };
  if (!(STATUSES as readonly string[]).includes(input.status)) return { ok: false, problem: 'badStatus' };
  const closing = input.status === 'closed';
  if (closing && !(CLOSE_REASONS as readonly string[]).includes(input.closeReason)) return { ok: false, problem: 'reasonNeeded' };
  await ctx.db.transaction(async (tx) => {
    await updateReport(tx, report.id, { status: input.status, closeReason: closing ? input.closeReason : null });
    await recordAuditEvent(tx, {
      actor,
      action: 'report.status',
      targetType: 'report',
      targetId: report.id,
      details: { from: report.status, to: input.status, closeReason: closing ? input.closeReason : null },
    });
  });

  return { ok: true };
};
