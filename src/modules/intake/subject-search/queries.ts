import { asc, desc, eq, gt, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { reportConsents, reportIdentities, reports } from '../schema.ts';

// The SQL of the data-subject search in intake (issue 19 point 5); used only by subject-search/*.

/** Escapes LIKE wildcards, so a name with % or _ matches only itself. */
const likeTerm = (value: string) => `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Reports whose answers mention the name (case-insensitive), newest first, at most `limit`. */
export const selectReportsMentioning = (db: Db, name: string, limit: number) =>
  db
    .select({ id: reports.id, createdAt: reports.createdAt, status: reports.status, answers: reports.answers })
    .from(reports)
    .where(sql`${reports.answers}::text ILIKE ${likeTerm(name)}`)
    .orderBy(desc(reports.createdAt))
    .limit(limit);

export const selectReportsByIds = (db: Db, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .select({ id: reports.id, number: reports.number, createdAt: reports.createdAt, status: reports.status, channel: reports.channel, answers: reports.answers, anonymous: reports.anonymous })
        .from(reports)
        .where(inArray(reports.id, ids));

export const selectReportByNumber = async (db: Db, number: string) => {
  const [row] = await db.select({ id: reports.id, createdAt: reports.createdAt }).from(reports).where(eq(reports.number, number)).limit(1);

  return row ?? null;
};

export const selectIdentityBlob = async (db: Db, reportId: string) => {
  const [row] = await db.select({ enc: reportIdentities.identityEnc }).from(reportIdentities).where(eq(reportIdentities.reportId, reportId)).limit(1);

  return row?.enc ?? null;
};

export const selectConsentHistory = (db: Db, reportId: string) =>
  db
    .select({ purpose: reportConsents.purpose, granted: reportConsents.granted, at: reportConsents.createdAt })
    .from(reportConsents)
    .where(eq(reportConsents.reportId, reportId))
    .orderBy(reportConsents.createdAt);

/** One page of reporter identities (encrypted) with their report's day, in report-id order after `after`. */
export const selectIdentityPage = (db: Db, after: string | null, limit: number) =>
  db
    .select({ reportId: reportIdentities.reportId, enc: reportIdentities.identityEnc, createdAt: reports.createdAt })
    .from(reportIdentities)
    .innerJoin(reports, eq(reports.id, reportIdentities.reportId))
    .where(after ? gt(reportIdentities.reportId, after) : undefined)
    .orderBy(asc(reportIdentities.reportId))
    .limit(limit);

/** Whether the report exists and whether another module still needs it (`needed`: the retention keeps as one condition). */
export const selectReportNeed = async (db: Db, id: string, needed: SQL | undefined, lock: boolean): Promise<{ needed: boolean } | null> => {
  const query = db
    .select({ needed: needed ? sql<boolean>`(${needed})` : sql<boolean>`false` })
    .from(reports)
    .where(eq(reports.id, id))
    .limit(1);
  // Erasing locks the row, so nobody links it to a dossier between the check and the delete.
  const [row] = lock ? await query.for('update') : await query;
  return row ? { needed: Boolean(row.needed) } : null;
};
