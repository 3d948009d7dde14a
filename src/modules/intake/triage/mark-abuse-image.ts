import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent, type AuditActor } from '../../audit/index.ts';
import { findFile, lockFile } from '../queries.ts';

export const ABUSE_DECISION = 'possible_abuse_image';

/**
 * Hard rule 1: a file that may show child sexual abuse is locked and its content removed from
 * storage for good. Only its SHA-256 (for the police route) and the decision stay, in the same
 * transaction as the audit event that records who decided.
 */
export const markAbuseImage = async (
  ctx: AppContext,
  input: { reportId: string; fileId: string; note: string },
  actor: AuditActor & { userId: string },
): Promise<{ ok: true } | { ok: false; problem: 'notFound' }> => {
  const file = await findFile(ctx.db, input.reportId, input.fileId);
  if (!file) return { ok: false, problem: 'notFound' };
  if (file.state === 'locked') return { ok: true };
  await ctx.db.transaction(async (tx) => {
    await lockFile(tx, file.id, { lockedBy: actor.userId, decision: ABUSE_DECISION });
    await recordAuditEvent(tx, {
      actor,
      action: 'report.file.abuse_lock',
      targetType: 'report_file',
      targetId: file.id,
      details: { reportId: input.reportId, sha256: file.sha256, decision: ABUSE_DECISION, note: input.note.slice(0, 500) },
    });
  });

  return { ok: true };
};
