import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import type { MunicipalityActor } from '../access.ts';
import type { ChecklistAnswers } from '../checklist/answers.ts';
import { appendVersion, type AssessmentRow } from '../queries.ts';

/**
 * Saves the answers as a new version (nothing is overwritten). `expected` is the version the form was
 * opened on: when someone else saved in between, the save is refused and the form keeps what was typed.
 */
export const saveAssessmentAnswers = async (
  ctx: AppContext,
  actor: MunicipalityActor,
  input: { assessment: AssessmentRow; expected: number; answers: ChecklistAnswers },
): Promise<Result<{ version: number }>> =>
  ctx.db.transaction(async (tx) => {
    const saved = await appendVersion(tx, { assessmentId: input.assessment.id, expected: input.expected, answers: input.answers, savedBy: actor.user.id, now: ctx.clock.now() });
    if (!saved) {
      return fail(problem('stale', { nl: 'Iemand anders heeft deze checklist net opgeslagen. Uw antwoorden staan nog hieronder: kijk ze na en sla opnieuw op.', en: 'Someone else has just saved this checklist. Your answers are still below: check them and save again.' }));
    }
    await recordAuditEvent(tx, {
      actor: { userId: actor.user.id, label: actor.user.name },
      action: 'assessment.save',
      targetType: 'assessment',
      targetId: input.assessment.id,
      details: { version: input.expected + 1, answered: Object.values(input.answers).filter((a) => a.answer).length },
    });

    return ok({ version: input.expected + 1 });
  });
