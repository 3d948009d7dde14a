import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { users } from '../../accounts/index.ts';
import { dossierAssignees, dossierShares, } from '../schema.ts';
import { isUuid } from '../../../app/forms.ts';

// access

/** Every dossier one user is assigned to: read once per page, so access checks need no query each. */
export const listAssignedDossierIds = async (db: Db, userId: string): Promise<Set<string>> => {
  const rows = await db.select({ id: dossierAssignees.dossierId }).from(dossierAssignees).where(eq(dossierAssignees.userId, userId));

  return new Set(rows.map((r) => r.id));
};

export const isAssignee = async (db: Db, dossierId: string, userId: string) => {
  const rows = await db
    .select({ userId: dossierAssignees.userId })
    .from(dossierAssignees)
    .where(and(eq(dossierAssignees.dossierId, dossierId), eq(dossierAssignees.userId, userId)))
    .limit(1);
  return rows.length > 0;
};

export const activeSharesFor = (db: Db, dossierId: string, organisationId: string) =>
  db
    .select({ scope: dossierShares.scope })
    .from(dossierShares)
    .where(and(eq(dossierShares.dossierId, dossierId), eq(dossierShares.organisationId, organisationId), isNull(dossierShares.revokedAt)));

export const listAssignees = (db: Db, dossierId: string) =>
  db
    .select({ id: users.id, name: users.name })
    .from(dossierAssignees)
    .innerJoin(users, eq(users.id, dossierAssignees.userId))
    .where(eq(dossierAssignees.dossierId, dossierId))
    .orderBy(asc(users.name));

export const insertAssignee = (tx: Db, values: typeof dossierAssignees.$inferInsert) => tx.insert(dossierAssignees).values(values).onConflictDoNothing();

/** Staff who can work on dossiers, for the assignee and task pickers. */
export const listInvestigators = (db: Db) =>
  db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(isNull(users.disabledAt), sql`${users.roles} && ARRAY['investigator','supervisor']::text[]`))
    .orderBy(asc(users.name))
    .limit(500);

export const findActiveUser = async (db: Db, id: string) => {
  if (!isUuid(id)) return null;
  const [row] = await db.select({ id: users.id, name: users.name, roles: users.roles }).from(users).where(and(eq(users.id, id), isNull(users.disabledAt)));
  return row ?? null;
};
