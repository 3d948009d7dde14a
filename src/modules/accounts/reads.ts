import { pageRead } from '../../app/page-read.ts';
import * as queries from './queries.ts';

// What this module's pages read: routes call these (or a command), never queries.ts; the SQL stays there.
export type { UserRow } from './queries.ts';

export const findOrganisation = pageRead(queries.findOrganisation);
export const findUserById = pageRead(queries.findUserById);
export const listOpenSessions = pageRead(queries.listOpenSessions);
export const listOrganisations = pageRead(queries.listOrganisations);
export const listUsersWithOrganisation = pageRead(queries.listUsersWithOrganisation);
export const listPasskeys = pageRead(queries.listPasskeys);
export const listPasskeyRoles = pageRead(queries.listPasskeyRoles);
