import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { type MunicipalityActor, municipalityScope, regionScope } from '../access.ts';
import { CHECKLIST_VERSION } from '../checklist/checklist-content.ts';
import type { NewAssessmentInput } from './parse-assessment.ts';
import { findAssessmentByScopeYear, insertAssessment } from '../queries.ts';

/** Starts the assessment of a year for the municipality or its region; the one that exists is reused. */
export const createAssessment = async (ctx: AppContext, actor: MunicipalityActor, input: NewAssessmentInput): Promise<Result<{ id: string; existed: boolean }>> => {
  if (input.shared && !actor.region) {
    return fail(problem('no_region', { nl: 'Uw gemeente hoort (nog) niet bij een regio. Vraag de beheerder dit in te stellen.', en: 'Your municipality is not (yet) part of a region. Ask the administrator to set it.' }, 'samen'));
  }
  const scope = input.shared ? regionScope(actor.region) : municipalityScope(actor.organisationId);
  const existing = await findAssessmentByScopeYear(ctx.db, scope, input.year);
  if (existing) return ok({ id: existing.id, existed: true });

  return ctx.db.transaction(async (tx) => {
    const row = await insertAssessment(tx, { scope, year: input.year, checklistVersion: CHECKLIST_VERSION, createdBy: actor.user.id });
    if (!row) {
      const raced = await findAssessmentByScopeYear(tx, scope, input.year);
      return raced ? ok({ id: raced.id, existed: true }) : fail(problem('conflict', { nl: 'Probeer het opnieuw.', en: 'Please try again.' }));
    }
    await recordAuditEvent(tx, { actor: { userId: actor.user.id, label: actor.user.name }, action: 'assessment.create', targetType: 'assessment', targetId: row.id, details: { scope, year: input.year } });

    return ok({ id: row.id, existed: false });
  });
};
