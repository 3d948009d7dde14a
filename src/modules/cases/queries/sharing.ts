import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { organisations, } from '../../accounts/index.ts';
import { dossierShares, } from '../schema.ts';
import { isUuid } from '../../../app/forms.ts';

// shares

export const listShares = (db: Db, dossierId: string) =>
  db
    .select({ id: dossierShares.id, organisation: organisations.name, kind: organisations.kind, scope: dossierShares.scope, sharedAt: dossierShares.sharedAt, revokedAt: dossierShares.revokedAt })
    .from(dossierShares)
    .innerJoin(organisations, eq(organisations.id, dossierShares.organisationId))
    .where(eq(dossierShares.dossierId, dossierId))
    .orderBy(asc(dossierShares.sharedAt));

export const insertShare = (tx: Db, values: typeof dossierShares.$inferInsert) => tx.insert(dossierShares).values(values);

export const revokeShare = (tx: Db, dossierId: string, shareId: string, by: string) =>
  !isUuid(shareId) ? Promise.resolve([]) : tx
    .update(dossierShares)
    .set({ revokedAt: sql`now()`, revokedBy: by })
    .where(and(eq(dossierShares.id, shareId), eq(dossierShares.dossierId, dossierId), isNull(dossierShares.revokedAt)))
    .returning({ id: dossierShares.id });

export const listPartnerOrganisations = (db: Db) =>
  db.select({ id: organisations.id, name: organisations.name, kind: organisations.kind }).from(organisations).where(ne(organisations.kind, 'own')).orderBy(asc(organisations.name));

export const findOrganisationById = async (db: Db, id: string) => {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row ?? null;
};
