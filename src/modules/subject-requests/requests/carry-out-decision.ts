import type { AppContext } from '../../../app/context.ts';
import { subjectRecordHandler } from '../../../app/registry.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { personForSubject } from '../../cases/index.ts';
import { heldDossierIds } from '../../retention/index.ts';
import { currentDecisions } from '../answer/build-answer.ts';
import { insertDecision, selectDecisions, selectRequest } from '../queries.ts';
import type { OfficerActor } from './register-request.ts';

export type CarryOutProblem = 'unknown' | 'record' | 'unsupported';
export type CarryOutResult = { ok: true; execution: 'done' | 'refused'; reason: string | null } | { ok: false; problem: CarryOutProblem };

/** The dossier a record belongs to, when it is one (a dossier, a person in a dossier): for the legal-hold check. */
const dossierOf = async (ctx: AppContext, type: string, id: string): Promise<string | null> => {
  if (type === 'dossier') return id;
  // The index names a person "<dossier>/<person>"; the name search names the person alone.
  if (type === 'dossier_person') return id.includes('/') ? (id.split('/')[0] ?? null) : ((await personForSubject(ctx, id))?.dossierId ?? null);
  return null;
};

/**
 * Carries out the current erase or restrict decision on one record, through the owning module's
 * `subjectRecords` hook. First the two rules no module may bend: evidence is never erased (DESIGN
 * §3 rule 5; migration 0003's trigger), and a record of a dossier under a legal hold is refused with
 * that reason. A record type without a handler, or a handler that does not support the action,
 * stays queued. What happened is a new decision row (append-only: the newest counts) and an audit
 * event, in the same transaction as the module's change — never content.
 */
export const carryOutDecision = async (ctx: AppContext, requestId: string, record: { type: string; id: string }, actor: OfficerActor): Promise<CarryOutResult> => {
  const request = await selectRequest(ctx.db, requestId);
  if (!request) return { ok: false, problem: 'unknown' };
  const current = currentDecisions(await selectDecisions(ctx.db, requestId)).find((d) => d.recordType === record.type && d.recordId === record.id);
  if (current?.execution !== 'queued' || (current.decision !== 'erase' && current.decision !== 'restrict')) return { ok: false, problem: 'record' };
  const action = current.decision;

  let refusal: string | null = null;
  if (record.type === 'evidence' && action === 'erase') refusal = 'evidence';
  const dossierId = await dossierOf(ctx, record.type, record.id);
  if (!refusal && dossierId && (await heldDossierIds(ctx.db)).includes(dossierId)) refusal = 'held';
  const handler = subjectRecordHandler(record.type);
  if (!refusal && !handler) return { ok: false, problem: 'unsupported' };

  return ctx.db.transaction(async (tx) => {
    let execution: 'done' | 'refused' = 'refused';
    let reason = refusal;
    if (!refusal && handler) {
      const outcome = await handler.carryOut(ctx, tx, action, record.id);
      if (!outcome.done && outcome.reason === 'unsupported') return { ok: false as const, problem: 'unsupported' as const };
      execution = outcome.done ? 'done' : 'refused';
      reason = outcome.done ? null : outcome.reason;
    }
    await insertDecision(tx, {
      requestId: request.id,
      recordType: record.type,
      recordId: record.id,
      decision: action,
      ground: null,
      noteEnc: current.noteEnc,
      execution,
      executionReason: reason,
      decidedBy: actor.userId,
      decidedAt: ctx.clock.now(),
    });
    await recordAuditEvent(tx, {
      actor,
      action: 'subject_request.carried_out',
      targetType: 'subject_request',
      targetId: request.id,
      details: { recordType: record.type, recordId: record.id, decision: action, execution, reason },
    });
    return { ok: true as const, execution, reason };
  });
};
