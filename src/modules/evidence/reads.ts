import { pageRead } from '../../app/page-read.ts';
import * as queries from './queries.ts';

// What this module's pages read: routes call these (or a command), never queries.ts; the SQL stays there.

export const findEvidenceItem = pageRead(queries.findEvidenceItem);
export const listArtefacts = pageRead(queries.listArtefacts);
export const findCaptureRequest = pageRead(queries.findCaptureRequest);
