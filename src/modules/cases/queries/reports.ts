import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { reportConsents, reports } from '../../intake/index.ts';
import { dossierReports, } from '../schema.ts';

// reports

/** Only the number, status and date: a dossier never copies anything about the reporter. */
export const findReportsByNumber = (db: Db, numbers: string[]) =>
  numbers.length === 0 ? Promise.resolve([]) : db.select({ id: reports.id, number: reports.number }).from(reports).where(inArray(reports.number, numbers));

export const findReportsById = (db: Db, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.select({ id: reports.id, number: reports.number }).from(reports).where(inArray(reports.id, ids));

export const insertDossierReports = (tx: Db, rows: (typeof dossierReports.$inferInsert)[]) =>
  rows.length === 0 ? Promise.resolve() : tx.insert(dossierReports).values(rows).onConflictDoNothing();

export const listDossierReports = (db: Db, dossierId: string) =>
  db
    .select({
      id: reports.id,
      number: reports.number,
      status: reports.status,
      createdAt: reports.createdAt,
      linkedAt: dossierReports.linkedAt,
      // No consent row at all: the reporter was never asked (the short way to report asks nothing).
      consentAsked: sql<boolean>`exists (select 1 from ${reportConsents} where ${reportConsents.reportId} = ${reports.id})`,
      short: sql<boolean>`coalesce(${reports.answers}->>'path' = 'kort', false)`,
    })
    .from(dossierReports)
    .innerJoin(reports, eq(reports.id, dossierReports.reportId))
    .where(eq(dossierReports.dossierId, dossierId))
    .orderBy(asc(reports.createdAt));
