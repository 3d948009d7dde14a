import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { organisations, } from '../../accounts/index.ts';
import { dossierShares, } from '../schema.ts';
import { isUuid } from '../../../app/forms.ts';

// Shares made with the old cases form (issue 16: new shares are made on the chain page). They still
// give their partner read access until stopped, so they are listed and can be stopped.

export const listShares = (db: Db, dossierId: string) =>
  db
    .select({ id: dossierShares.id, organisation: organisations.name, kind: organisations.kind, scope: dossierShares.scope, sharedAt: dossierShares.sharedAt, revokedAt: dossierShares.revokedAt })
    .from(dossierShares)
    .innerJoin(organisations, eq(organisations.id, dossierShares.organisationId))
    .where(eq(dossierShares.dossierId, dossierId))
    .orderBy(asc(dossierShares.sharedAt));

export const revokeShare = (tx: Db, dossierId: string, shareId: string, by: string) =>
  !isUuid(shareId) ? Promise.resolve([]) : tx
    .update(dossierShares)
    .set({ revokedAt: sql`now()`, revokedBy: by })
    .where(and(eq(dossierShares.id, shareId), eq(dossierShares.dossierId, dossierId), isNull(dossierShares.revokedAt)))
    .returning({ id: dossierShares.id });


