import type { AppContext } from '../../../app/context.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { findRecords, recordKey } from '../search/find-records.ts';
import { type Decision, executionOf, isDecision, isRecordType, isRefusalGround, type RefusalGround } from './kinds.ts';
import { insertDecision, selectRequest } from '../queries.ts';
import { type OfficerActor, subjectOf } from './register-request.ts';
import { NOTE_LIMIT } from './request-subject.ts';

export type DecisionProblem = 'unknown' | 'record' | 'decision' | 'ground' | 'note';

export type DecisionInput = { recordType: string; recordId: string; decision: string; ground: string; note: string };

/**
 * Records the privacy officer's decision on one found record (append-only; the newest counts). A
 * refusal needs a legal ground; a correction and "other ground" need a note. The record must be one
 * the request's own search finds, so no decision can be made about somebody else's record. Correct,
 * restrict and erase are queued (kinds.ts, executionOf): recorded here, carried out by the owner.
 */
export const decideRecord = async (ctx: AppContext, requestId: string, input: DecisionInput, actor: OfficerActor): Promise<{ ok: true } | { ok: false; problem: DecisionProblem }> => {
  const request = await selectRequest(ctx.db, requestId);
  if (!request) return { ok: false, problem: 'unknown' };
  if (!isRecordType(input.recordType) || input.recordId.length === 0 || input.recordId.length > 200) return { ok: false, problem: 'record' };
  if (!isDecision(input.decision)) return { ok: false, problem: 'decision' };
  const decision: Decision = input.decision;
  let ground: RefusalGround | null = null;
  if (decision === 'refuse') {
    if (!isRefusalGround(input.ground)) return { ok: false, problem: 'ground' };
    ground = input.ground;
  }
  const note = input.note.trim();
  if ([...note].length > NOTE_LIMIT || (note.length === 0 && (decision === 'correct' || ground === 'other'))) return { ok: false, problem: 'note' };
  const found = await findRecords(ctx, subjectOf(ctx, request));
  if (!found.some((r) => recordKey(r.type, r.id) === recordKey(input.recordType, input.recordId))) return { ok: false, problem: 'record' };

  await ctx.db.transaction(async (tx) => {
    await insertDecision(tx, {
      requestId: request.id,
      recordType: input.recordType,
      recordId: input.recordId,
      decision,
      ground,
      noteEnc: note ? ctx.keys.encrypt(note) : null,
      execution: executionOf(decision),
      decidedBy: actor.userId,
      decidedAt: ctx.clock.now(),
    });
    // The note may hold personal data; the audit line says only what was decided about which record.
    await recordAuditEvent(tx, {
      actor,
      action: 'subject_request.decided',
      targetType: 'subject_request',
      targetId: request.id,
      details: { recordType: input.recordType, recordId: input.recordId, decision, ground, execution: executionOf(decision) },
    });
  });

  return { ok: true };
};
