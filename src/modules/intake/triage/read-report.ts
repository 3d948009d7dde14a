import type { AppContext } from '../../../app/context.ts';
import { logAccess } from '../../audit/index.ts';
import type { ReporterIdentity } from '../answers.ts';
import { findIdentity, findReportById, listConsentHistory, listIdentifiers, listMessages, listReportFiles, markMessagesRead } from '../queries.ts';

export type Reader = { id: string; name: string; roles: readonly string[] };

/** The assignee and supervisors work on a report; only they see who the reporter is. */
export const maySeeIdentity = (reader: Reader, assigneeId: string | null): boolean =>
  reader.roles.includes('supervisor') || (assigneeId !== null && assigneeId === reader.id);

/**
 * Everything staff see on a report page. Every read is written to the access log (hard rule 6); a
 * decrypted identity gets its own line, so the privacy officer sees exactly who saw the reporter.
 * Opening the page marks the reporter's messages read for this reader (report_reads).
 */
export const readReport = async (ctx: AppContext, reportId: string, reader: Reader) => {
  const report = await findReportById(ctx.db, reportId);
  if (!report) return null;
  await logAccess(ctx.db, { user: reader, recordType: 'report', recordId: report.id, action: 'view' });
  let identity: ReporterIdentity | null | undefined;
  if (report.anonymous) identity = null;
  else if (maySeeIdentity(reader, report.assigneeId)) {
    const row = await findIdentity(ctx.db, report.id);
    identity = row ? (JSON.parse(ctx.keys.decryptText(row.identityEnc)) as ReporterIdentity) : null;
    await logAccess(ctx.db, { user: reader, recordType: 'report_identity', recordId: report.id, action: 'view' });
  }
  const [identifiers, consents, messages, files] = await Promise.all([
    listIdentifiers(ctx.db, report.id),
    listConsentHistory(ctx.db, report.id),
    listMessages(ctx.db, report.id, ['reporter', 'staff', 'internal']),
    listReportFiles(ctx.db, report.id),
  ]);

  // The reader now has the reporter's messages before them: they are no longer unread for this reader.
  const newest = messages.filter((m) => m.kind === 'reporter').at(-1);
  if (newest) await markMessagesRead(ctx.db, report.id, reader.id, newest.id);

  return { report, identity, identifiers, consents, messages, files };
};
