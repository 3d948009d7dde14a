import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent, type AuditActor, logAccess } from '../../audit/index.ts';
import { EXTENSIONS, type DetectedType } from '../report-form/file-types.ts';
import { findFile } from '../queries.ts';

/**
 * The only way to read a reporter's file: an explicit action by a member of staff, written to the
 * audit chain and the access log before the content is decrypted. Always a download, never inline.
 */
export const openReportFile = async (
  ctx: AppContext,
  input: { reportId: string; fileId: string; reason: string },
  actor: AuditActor & { userId: string },
): Promise<{ ok: true; content: Buffer; downloadName: string } | { ok: false; problem: 'notFound' | 'locked' }> => {
  const file = await findFile(ctx.db, input.reportId, input.fileId);
  if (!file) return { ok: false, problem: 'notFound' };
  if (file.state === 'locked' || !file.contentEnc) return { ok: false, problem: 'locked' };
  await recordAuditEvent(ctx.db, {
    actor,
    action: 'report.file.open',
    targetType: 'report_file',
    targetId: file.id,
    details: { reportId: input.reportId, sha256: file.sha256, reason: input.reason },
  });
  await logAccess(ctx.db, { user: { id: actor.userId, name: actor.label }, recordType: 'report_file', recordId: file.id, action: 'download', reason: input.reason || undefined });
  const content = ctx.keys.decrypt(file.contentEnc);
  const ext = EXTENSIONS[file.detectedType as DetectedType] ?? 'bin';

  return { ok: true, content, downloadName: `melding-bestand-${file.id.slice(0, 8)}.${ext}` };
};
