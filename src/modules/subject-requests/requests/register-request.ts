import type { AppContext } from '../../../app/context.ts';
import { type AuditActor, recordAuditEvent } from '../../audit/index.ts';
import { deadlineFor } from './deadline.ts';
import { insertRequest, type RequestRow } from '../queries.ts';
import type { RequestInput, RequestSubject } from './request-subject.ts';

export type OfficerActor = AuditActor & { userId: string };

/**
 * Registers a data-subject request. Who asks is stored encrypted; the audit event says only the
 * kind, the identity check and the days — never the name or a number.
 */
export const registerRequest = async (ctx: AppContext, input: RequestInput, actor: OfficerActor): Promise<string> =>
  ctx.db.transaction(async (tx) => {
    const deadlineOn = deadlineFor(input.receivedOn);
    const id = await insertRequest(tx, {
      kind: input.kind,
      subjectEnc: ctx.keys.encrypt(JSON.stringify(input.subject)),
      identityCheck: input.identityCheck,
      receivedOn: input.receivedOn,
      deadlineOn,
      createdBy: actor.userId,
      createdAt: ctx.clock.now(),
    });
    await recordAuditEvent(tx, {
      actor,
      action: 'subject_request.registered',
      targetType: 'subject_request',
      targetId: id,
      details: { kind: input.kind, identityCheck: input.identityCheck, receivedOn: input.receivedOn, deadlineOn },
    });

    return id;
  });

/** The request's subject, decrypted (for the page, the search and the answer). */
export const subjectOf = (ctx: AppContext, row: RequestRow): RequestSubject => JSON.parse(ctx.keys.decryptText(row.subjectEnc)) as RequestSubject;
