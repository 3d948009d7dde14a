import type { AppContext } from '../../../app/context.ts';
import { logAccess } from '../../audit/index.ts';
import { findRecords, type FoundRecord } from './find-records.ts';
import { type RequestRow, selectRequest } from '../queries.ts';
import { subjectOf } from '../requests/register-request.ts';
import type { RequestSubject } from '../requests/request-subject.ts';

/**
 * The privacy officer's search for the person of one request, across reports, dossiers, decoy
 * conversations and the identifier index. Every search leaves one access-log line (who, which
 * request, 'search', why) — the line names the request, never the name or number searched for.
 */
export const searchSubject = async (
  ctx: AppContext,
  requestId: string,
  user: { id: string; name: string },
): Promise<{ request: RequestRow; subject: RequestSubject; records: FoundRecord[] } | null> => {
  const request = await selectRequest(ctx.db, requestId);
  if (!request) return null;
  const subject = subjectOf(ctx, request);
  const records = await findRecords(ctx, subject);
  await logAccess(ctx.db, { user, recordType: 'subject_request', recordId: request.id, action: 'search', reason: `AVG-verzoek (${request.kind}): zoeken naar de betrokkene` });

  return { request, subject, records };
};
