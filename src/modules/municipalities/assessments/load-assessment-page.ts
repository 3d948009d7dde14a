import type { AppContext } from '../../../app/context.ts';
import type { MunicipalityActor } from '../access.ts';
import { type ChecklistAnswers, cleanAnswers } from '../checklist/answers.ts';
import { type AssessmentRow, findAssessmentByScopeYear, findLatestVersion, listActions, listVersions } from '../queries.ts';

/** What the assessment page shows: the newest answers, last year's for the same scope, actions, versions. */
export const loadAssessmentPage = async (ctx: AppContext, _actor: MunicipalityActor, assessment: AssessmentRow) => {
  const [latest, actions, versions, lastYear] = await Promise.all([
    findLatestVersion(ctx.db, assessment.id),
    listActions(ctx.db, assessment.id),
    listVersions(ctx.db, assessment.id),
    findAssessmentByScopeYear(ctx.db, assessment.scope, assessment.year - 1),
  ]);
  const lastYearVersion = lastYear ? await findLatestVersion(ctx.db, lastYear.id) : null;
  const answers: ChecklistAnswers = cleanAnswers(latest?.answers);
  const previous = lastYear && lastYearVersion ? { year: lastYear.year, answers: cleanAnswers(lastYearVersion.answers) } : null;

  return { answers, previous, actions, versions };
};
