import type { Db } from '../../../db/client.ts';
import { findOrganisation } from '../queries.ts';
import { isRole, type Role } from '../roles.ts';
import { isUuid } from '../../../app/forms.ts';

export type UserFieldProblem = 'noName' | 'nameTooLong' | 'noRole' | 'badRole' | 'partnerNeedsOrganisation' | 'unknownOrganisation';

export type UserFields = { name: string; roles: Role[]; organisationId: string | null };


/** True for a string that can be a uuid column value; anything else must not reach the database. */

/** Checks the editable fields of a user: a name, known roles, and an organisation for a partner. */
export const checkUserFields = async (
  db: Db,
  input: { name: string; roles: string[]; organisationId?: string | null },
): Promise<{ ok: true; fields: UserFields } | { ok: false; problems: UserFieldProblem[] }> => {
  const problems: UserFieldProblem[] = [];
  const name = input.name.trim();
  if (!name) problems.push('noName');
  else if (name.length > 200) problems.push('nameTooLong');
  if (input.roles.length === 0) problems.push('noRole');
  else if (!input.roles.every(isRole)) problems.push('badRole');
  const roles = [...new Set(input.roles)].filter(isRole);
  const organisationId = input.organisationId || null;
  if (roles.includes('partner') && !organisationId) problems.push('partnerNeedsOrganisation');
  else if (organisationId && (!isUuid(organisationId) || !(await findOrganisation(db, organisationId)))) problems.push('unknownOrganisation');
  if (problems.length > 0) return { ok: false, problems };

  return { ok: true, fields: { name, roles, organisationId } };
};
