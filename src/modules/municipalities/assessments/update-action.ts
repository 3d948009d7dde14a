import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import type { MunicipalityActor } from '../access.ts';
import type { ActionInput } from './parse-assessment.ts';
import { type ActionRow, updateAction as updateActionRow } from '../queries.ts';

/** Changes an action (status, owner, date, text); refused when someone changed it since the form was opened. */
export const updateAction = async (ctx: AppContext, actor: MunicipalityActor, action: ActionRow, input: ActionInput & { expected: number }): Promise<Result<{ id: string }>> =>
  ctx.db.transaction(async (tx) => {
    const done = await updateActionRow(tx, action.id, input.expected, { status: input.status, owner: input.owner, dueOn: input.dueOn, action: input.action, now: ctx.clock.now() });
    if (!done) return fail(problem('stale', { nl: 'Iemand anders heeft deze actie net veranderd. Bekijk de nieuwe stand en probeer het opnieuw.', en: 'Someone else has just changed this action. Look at the new state and try again.' }));
    await recordAuditEvent(tx, { actor: { userId: actor.user.id, label: actor.user.name }, action: 'assessment.action.update', targetType: 'assessment', targetId: action.assessmentId, details: { action: action.id, status: input.status } });

    return ok({ id: action.id });
  });
