import { pageRead } from '../../app/page-read.ts';
import * as queries from './queries.ts';

// What this module's pages read: routes call these (or a command), never queries.ts; the SQL stays there.

export const findHandover = pageRead(queries.findHandover);
export const findNote = pageRead(queries.findNote);
export const findSubject = pageRead(queries.findSubject);
export const listAllDossiers = pageRead(queries.listAllDossiers);
export const listAssignedDossiers = pageRead(queries.listAssignedDossiers);
export const listPlanSteps = pageRead(queries.listPlanSteps);
export const listSharedDossiers = pageRead(queries.listSharedDossiers);
