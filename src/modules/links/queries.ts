import { and, asc, eq, gte, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { dossierReports, dossiers, subjects } from '../cases/index.ts';
import { evidenceItems } from '../evidence/index.ts';
import { identifierOccurrences, identifiers } from '../identifiers/index.ts';
import { reports } from '../intake/index.ts';
import { ads } from '../monitor/index.ts';

// All SQL of the link chart. It only reads tables of other modules (cases, intake, monitor,
// evidence, identifiers); it writes nothing but the access log and audit events, through the audit module.

/** A time window on when something was seen; either end may be open. `to` is exclusive. */
export type TimeWindow = { from?: Date; to?: Date };

export type OccurrenceRow = {
  identifierId: number;
  kind: string;
  key: string;
  display: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
  sourceType: string;
  sourceId: string;
  seenAt: Date;
};

const occurrenceColumns = {
  identifierId: identifierOccurrences.identifierId,
  kind: identifiers.kind,
  key: identifiers.key,
  display: identifiers.display,
  firstSeenAt: identifiers.firstSeenAt,
  lastSeenAt: identifiers.lastSeenAt,
  sourceType: identifierOccurrences.sourceType,
  sourceId: identifierOccurrences.sourceId,
  seenAt: identifierOccurrences.seenAt,
};

const windowConditions = (w: TimeWindow): SQL[] => [
  ...(w.from ? [gte(identifierOccurrences.seenAt, w.from)] : []),
  ...(w.to ? [lt(identifierOccurrences.seenAt, w.to)] : []),
];

/** The identifiers seen in these sources (one source type with its ids per entry). */
export const listOccurrencesOfSources = async (
  db: Db,
  sources: Array<{ type: string; ids: string[] }>,
  window: TimeWindow,
  limit: number,
): Promise<OccurrenceRow[]> => {
  const wanted = sources.filter((s) => s.ids.length > 0);
  if (wanted.length === 0) return [];
  const bySource = or(...wanted.map((s) => and(eq(identifierOccurrences.sourceType, s.type), inArray(identifierOccurrences.sourceId, s.ids))));

  return db
    .select(occurrenceColumns)
    .from(identifierOccurrences)
    .innerJoin(identifiers, eq(identifiers.id, identifierOccurrences.identifierId))
    .where(and(bySource, ...windowConditions(window)))
    .orderBy(asc(identifierOccurrences.seenAt), asc(identifierOccurrences.id))
    .limit(limit);
};

type Row = Record<string, unknown>;
const rowsOf = (result: unknown): Row[] => (result as { rows: Row[] }).rows;
const asDate = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));

/**
 * Every place these identifiers were seen, newest first, at most `perIdentifier` each, so one number
 * in a thousand ads cannot crowd out the rest. Served by identifier_occurrences_recent_idx.
 */
export const listOccurrencesOfIdentifiers = async (db: Db, identifierIds: number[], window: TimeWindow, perIdentifier: number): Promise<OccurrenceRow[]> => {
  if (identifierIds.length === 0) return [];
  const result = await db.execute(sql`
    SELECT i.id AS identifier_id, i.kind, i.key, i.display, i.first_seen_at, i.last_seen_at, o.source_type, o.source_id, o.seen_at
      FROM identifiers i
      CROSS JOIN LATERAL (
        SELECT source_type, source_id, seen_at
          FROM identifier_occurrences
         WHERE identifier_id = i.id
           ${window.from ? sql`AND seen_at >= ${window.from.toISOString()}` : sql``}
           ${window.to ? sql`AND seen_at < ${window.to.toISOString()}` : sql``}
         ORDER BY seen_at DESC, id DESC
         LIMIT ${perIdentifier}
      ) o
     WHERE i.id IN (${sql.join(
       identifierIds.map((id) => sql`${id}`),
       sql`, `,
     )})`);

  return rowsOf(result).map((r) => ({
    identifierId: Number(r.identifier_id),
    kind: String(r.kind),
    key: String(r.key),
    display: String(r.display),
    firstSeenAt: asDate(r.first_seen_at),
    lastSeenAt: asDate(r.last_seen_at),
    sourceType: String(r.source_type),
    sourceId: String(r.source_id),
    seenAt: asDate(r.seen_at),
  }));
};

export const findIdentifierRow = async (db: Db, where: { id: number } | { kind: string; key: string }) => {
  const condition = 'id' in where ? eq(identifiers.id, where.id) : and(eq(identifiers.kind, where.kind), eq(identifiers.key, where.key));
  const [row] = await db.select().from(identifiers).where(condition).limit(1);

  return row ?? null;
};

export const findDossierRow = async (db: Db, id: string) => {
  const [row] = await db
    .select({ id: dossiers.id, title: dossiers.title, createdAt: dossiers.createdAt, updatedAt: dossiers.updatedAt })
    .from(dossiers)
    .where(eq(dossiers.id, id))
    .limit(1);

  return row ?? null;
};

export const listDossiersById = (db: Db, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db.select({ id: dossiers.id, title: dossiers.title, createdAt: dossiers.createdAt, updatedAt: dossiers.updatedAt }).from(dossiers).where(inArray(dossiers.id, ids));

/** People of a dossier, without those a person merged into another (the kept one stands for both). */
export const listSubjectsOfDossier = (db: Db, dossierId: string) =>
  db
    .select({ id: subjects.id, dossierId: subjects.dossierId, name: subjects.name, aliases: subjects.aliases, role: subjects.role, createdAt: subjects.createdAt, updatedAt: subjects.updatedAt })
    .from(subjects)
    .where(and(eq(subjects.dossierId, dossierId), isNull(subjects.mergedInto)))
    .orderBy(asc(subjects.createdAt));

export const listSubjectsById = (db: Db, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .select({ id: subjects.id, dossierId: subjects.dossierId, name: subjects.name, aliases: subjects.aliases, role: subjects.role, createdAt: subjects.createdAt, updatedAt: subjects.updatedAt })
        .from(subjects)
        .where(inArray(subjects.id, ids));

/** Only the number and dates of a report: nothing about who reported, how, or what they said. */
export const listReportsOfDossier = (db: Db, dossierId: string) =>
  db
    .select({ id: reports.id, number: reports.number, createdAt: reports.createdAt, linkedAt: dossierReports.linkedAt })
    .from(dossierReports)
    .innerJoin(reports, eq(reports.id, dossierReports.reportId))
    .where(eq(dossierReports.dossierId, dossierId))
    .orderBy(asc(reports.createdAt));

export const listReportsById = (db: Db, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.select({ id: reports.id, number: reports.number, createdAt: reports.createdAt }).from(reports).where(inArray(reports.id, ids));

export const listDossiersOfReports = (db: Db, reportIds: string[]) =>
  reportIds.length === 0
    ? Promise.resolve([])
    : db.select({ reportId: dossierReports.reportId, dossierId: dossierReports.dossierId, linkedAt: dossierReports.linkedAt }).from(dossierReports).where(inArray(dossierReports.reportId, reportIds));

export const listAdsById = (db: Db, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db.select({ id: ads.id, title: ads.title, place: ads.place, firstSeenAt: ads.firstSeenAt, lastSeenAt: ads.lastSeenAt }).from(ads).where(inArray(ads.id, ids));

const evidenceColumns = { id: evidenceItems.id, dossierId: evidenceItems.dossierId, title: evidenceItems.title, capturedAt: evidenceItems.capturedAt, createdAt: evidenceItems.createdAt };

export const listEvidenceOfDossier = (db: Db, dossierId: string) =>
  db.select(evidenceColumns).from(evidenceItems).where(eq(evidenceItems.dossierId, dossierId)).orderBy(asc(evidenceItems.capturedAt));

export const listEvidenceById = (db: Db, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.select(evidenceColumns).from(evidenceItems).where(inArray(evidenceItems.id, ids));
