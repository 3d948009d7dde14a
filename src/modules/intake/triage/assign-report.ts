import type { AppContext } from '../../../app/context.ts';
import { findUserById } from '../../accounts/index.ts';
import { recordAuditEvent, type AuditActor } from '../../audit/index.ts';
import { findReportById, updateReport } from '../queries.ts';

/**
 * Gives a report to a member of staff (or to nobody), audited. Only intake and supervisors take reports.
 * Idempotent: giving it to whom it already has changes and records nothing.
 */
export const assignReport = async (
  ctx: AppContext,
  input: { reportId: string; assigneeId: string | null },
  actor: AuditActor,
): Promise<{ ok: true } | { ok: false; problem: 'notFound' | 'badUser' }> => {
  const report = await findReportById(ctx.db, input.reportId);
  if (!report) return { ok: false, problem: 'notFound' };
  if (input.assigneeId) {
    const user = await findUserById(ctx.db, input.assigneeId);
    if (!user || user.disabledAt || !user.roles.some((r) => r === 'intake' || r === 'supervisor')) return { ok: false, problem: 'badUser' };
  }
  // The same choice again (a resubmit, a double click): nothing changes, so nothing is recorded.
  if (report.assigneeId === input.assigneeId) return { ok: true };
  await ctx.db.transaction(async (tx) => {
    await updateReport(tx, report.id, { assigneeId: input.assigneeId, status: report.status === 'new' ? 'triage' : report.status });
    await recordAuditEvent(tx, { actor, action: 'report.assign', targetType: 'report', targetId: report.id, details: { assigneeId: input.assigneeId } });
  });

  return { ok: true };
};
