import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { selectRequest, setExtension, setExtensionTold } from '../queries.ts';
import { dayOf, extendedDeadlineFor } from './deadline.ts';
import type { OfficerActor } from './register-request.ts';
import { NOTE_LIMIT } from './request-subject.ts';

export type ExtendProblem = 'unknown' | 'reason' | 'answered' | 'extended' | 'late';

/**
 * Extends the deadline by two further months (AVG art. 12(3): the request is complex, or there are
 * many). Only once, only while the request is open, and only within the first month: the person
 * must be told of the extension and its reason within that month, so after it the step is refused.
 * The reason may name the person, so it is stored encrypted and the audit event says only the days.
 */
export const extendDeadline = async (ctx: AppContext, requestId: string, reasonTyped: string, actor: OfficerActor): Promise<{ ok: true } | { ok: false; problem: ExtendProblem }> => {
  const request = await selectRequest(ctx.db, requestId);
  if (!request) return { ok: false, problem: 'unknown' };
  if (request.answeredAt) return { ok: false, problem: 'answered' };
  if (request.extendedDeadlineOn) return { ok: false, problem: 'extended' };
  const reason = reasonTyped.trim();
  if (reason.length === 0 || [...reason].length > NOTE_LIMIT) return { ok: false, problem: 'reason' };
  const now = ctx.clock.now();
  if (dayOf(now) > request.deadlineOn) return { ok: false, problem: 'late' };
  const extendedDeadlineOn = extendedDeadlineFor(request.deadlineOn);

  return ctx.db.transaction(async (tx) => {
    const done = await setExtension(tx, request.id, { extendedDeadlineOn, extensionReasonEnc: ctx.keys.encrypt(reason), extendedAt: now, extendedBy: actor.userId });
    if (done.length === 0) return { ok: false as const, problem: 'extended' as const };
    await recordAuditEvent(tx, {
      actor,
      action: 'subject_request.extended',
      targetType: 'subject_request',
      targetId: request.id,
      details: { deadlineOn: request.deadlineOn, extendedDeadlineOn, tellBy: request.deadlineOn },
    });
    return { ok: true as const };
  });
};

/** Records that the person was told of the extension (today), once; an audit event with the day. Null: no such request. */
export const markExtensionTold = async (ctx: AppContext, requestId: string, actor: OfficerActor): Promise<boolean | null> => {
  const request = await selectRequest(ctx.db, requestId);
  if (!request) return null;
  if (!request.extendedDeadlineOn || request.extensionToldOn) return false;
  const day = dayOf(ctx.clock.now());

  return ctx.db.transaction(async (tx) => {
    if ((await setExtensionTold(tx, request.id, day)).length === 0) return false;
    await recordAuditEvent(tx, {
      actor,
      action: 'subject_request.extension_told',
      targetType: 'subject_request',
      targetId: request.id,
      details: { toldOn: day, withinFirstMonth: day <= request.deadlineOn },
    });
    return true;
  });
};
