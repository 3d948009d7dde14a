import type { AppContext } from '../../../app/context.ts';
import { ok, type Result } from '../../../app/result.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import type { MunicipalityActor } from '../access.ts';
import type { ActionInput } from './parse-assessment.ts';
import { type AssessmentRow, insertAction } from '../queries.ts';

/** Turns a check that needs work into an action: what, who, by when, how far. */
export const addAction = async (ctx: AppContext, actor: MunicipalityActor, assessment: AssessmentRow, input: ActionInput): Promise<Result<{ id: string }>> =>
  ctx.db.transaction(async (tx) => {
    const row = await insertAction(tx, { assessmentId: assessment.id, questionId: input.questionId, action: input.action, owner: input.owner, dueOn: input.dueOn, status: input.status, createdBy: actor.user.id });
    await recordAuditEvent(tx, { actor: { userId: actor.user.id, label: actor.user.name }, action: 'assessment.action.add', targetType: 'assessment', targetId: assessment.id, details: { action: row!.id, question: input.questionId, status: input.status } });

    return ok({ id: row!.id });
  });
