import type { AppContext } from '../../../app/context.ts';
import { logAccess } from '../../audit/index.ts';
import { currentDecisions } from '../answer/build-answer.ts';
import { type RequestRow, selectDecisions, selectRequest } from '../queries.ts';
import { subjectOf } from './register-request.ts';
import type { RequestSubject } from './request-subject.ts';

export type DecisionLine = { recordType: string; recordId: string; decision: string; ground: string | null; note: string; execution: string; executionReason: string | null; decidedAt: Date; decidedBy: string };

export type OpenedRequest = { request: RequestRow; subject: RequestSubject; decisions: DecisionLine[]; history: DecisionLine[]; extensionReason: string };

/**
 * The request page's data: the request with who asks (decrypted), the current decision per record
 * and their history. It shows personal data, so opening it is an access-log line ('view').
 */
export const openRequest = async (ctx: AppContext, id: string, user: { id: string; name: string }): Promise<OpenedRequest | null> => {
  const request = await selectRequest(ctx.db, id);
  if (!request) return null;
  const rows = await selectDecisions(ctx.db, id);
  const line = (r: (typeof rows)[number]): DecisionLine => ({
    recordType: r.recordType,
    recordId: r.recordId,
    decision: r.decision,
    ground: r.ground,
    note: r.noteEnc ? ctx.keys.decryptText(r.noteEnc) : '',
    execution: r.execution,
    executionReason: r.executionReason,
    decidedAt: r.decidedAt,
    decidedBy: r.decidedBy,
  });
  await logAccess(ctx.db, { user, recordType: 'subject_request', recordId: id, action: 'view', reason: 'AVG-verzoek behandelen' });

  return {
    request,
    subject: subjectOf(ctx, request),
    decisions: currentDecisions(rows).map(line),
    history: rows.map(line),
    extensionReason: request.extensionReasonEnc ? ctx.keys.decryptText(request.extensionReasonEnc) : '',
  };
};
