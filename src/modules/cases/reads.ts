import { pageRead } from '../../app/page-read.ts';
import { findHandover as findHandoverQuery } from './queries/handover.ts';
import { findNote as findNoteQuery } from './queries/tasks-notes.ts';
import { findSubject as findSubjectQuery } from './queries/people.ts';
import { listAllDossiers as listAllDossiersQuery, listAssignedDossiers as listAssignedDossiersQuery, listSharedDossiers as listSharedDossiersQuery } from './queries/dossiers.ts';
import { listPlanSteps as listPlanStepsQuery } from './queries/assessment.ts';

// What this module's pages read: routes call these (or a command), never queries.ts; the SQL stays there.

export const findHandover = pageRead(findHandoverQuery);
export const findNote = pageRead(findNoteQuery);
export const findSubject = pageRead(findSubjectQuery);
export const listAllDossiers = pageRead(listAllDossiersQuery);
export const listAssignedDossiers = pageRead(listAssignedDossiersQuery);
export const listPlanSteps = pageRead(listPlanStepsQuery);
export const listSharedDossiers = pageRead(listSharedDossiersQuery);
