import { pageRead } from '../../app/page-read.ts';
import * as queries from './queries.ts';

// What this module's pages read: routes call these (or a command), never queries.ts; the SQL stays there.

export const findDossierRow = pageRead(queries.findDossierRow);
export const findIdentifierRow = pageRead(queries.findIdentifierRow);
