import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { identifierAlerts, identifierOccurrences, identifiers, identifierWatches, linkDecisions } from './schema.ts';

// All SQL of the identifier index.

export type IdentifierRow = typeof identifiers.$inferSelect;
export type OccurrenceRow = typeof identifierOccurrences.$inferSelect;

const asDate = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));

type Row = Record<string, unknown>;

/** Raw `execute` results differ in type between the PGlite and node-postgres drivers; both have rows. */
const rowsOf = (result: unknown): Row[] => (result as { rows: Row[] }).rows;

/**
 * Inserts identifiers that are new and widens first/last seen of known ones, in one statement.
 * Returns the id of every (kind, key) given.
 */
export const upsertIdentifiers = async (
  tx: Db,
  rows: Array<{ kind: string; key: string; display: string }>,
  seenAt: Date,
): Promise<Map<string, number>> => {
  if (rows.length === 0) return new Map();
  const result = await tx
    .insert(identifiers)
    .values(rows.map((r) => ({ ...r, firstSeenAt: seenAt, lastSeenAt: seenAt })))
    .onConflictDoUpdate({
      target: [identifiers.kind, identifiers.key],
      set: {
        firstSeenAt: sql`least(${identifiers.firstSeenAt}, excluded.first_seen_at)`,
        lastSeenAt: sql`greatest(${identifiers.lastSeenAt}, excluded.last_seen_at)`,
      },
    })
    .returning({ id: identifiers.id, kind: identifiers.kind, key: identifiers.key });

  return new Map(result.map((r) => [`${r.kind}\u0000${r.key}`, r.id]));
};

/**
 * upsertIdentifiers for a batch of sources: each (kind, key) once, with the earliest and latest time
 * the batch saw it, so first/last seen end as if the sources had been recorded one by one. Rows are
 * sorted by (kind, key) so that concurrent batches lock shared identifiers in the same order.
 */
export const upsertIdentifiersSeen = async (
  tx: Db,
  rows: Array<{ kind: string; key: string; display: string; firstSeenAt: Date; lastSeenAt: Date }>,
): Promise<Map<string, number>> => {
  const out = new Map<string, number>();
  const sorted = [...rows].sort((a, b) => (a.kind === b.kind ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : a.kind < b.kind ? -1 : 1));
  for (let i = 0; i < sorted.length; i += 1000) {
    const result = await tx
      .insert(identifiers)
      .values(sorted.slice(i, i + 1000))
      .onConflictDoUpdate({
        target: [identifiers.kind, identifiers.key],
        set: {
          firstSeenAt: sql`least(${identifiers.firstSeenAt}, excluded.first_seen_at)`,
          lastSeenAt: sql`greatest(${identifiers.lastSeenAt}, excluded.last_seen_at)`,
        },
      })
      .returning({ id: identifiers.id, kind: identifiers.kind, key: identifiers.key });
    for (const r of result) out.set(`${r.kind}\u0000${r.key}`, r.id);
  }

  return out;
};

/** selectOccurrenceIdsOfField for many sources of one type and one field, in one statement. */
export const selectOccurrenceIdsOfFields = (tx: Db, sourceType: string, sourceIds: string[], field: string) =>
  sourceIds.length === 0
    ? Promise.resolve([])
    : tx
        .select({ id: identifierOccurrences.id, identifierId: identifierOccurrences.identifierId, sourceId: identifierOccurrences.sourceId })
        .from(identifierOccurrences)
        .where(and(eq(identifierOccurrences.sourceType, sourceType), inArray(identifierOccurrences.sourceId, sourceIds), eq(identifierOccurrences.field, field)));

export const selectOccurrenceIdsOfField = (tx: Db, source: { type: string; id: string }, field: string) =>
  tx
    .select({ id: identifierOccurrences.id, identifierId: identifierOccurrences.identifierId })
    .from(identifierOccurrences)
    .where(and(eq(identifierOccurrences.sourceType, source.type), eq(identifierOccurrences.sourceId, source.id), eq(identifierOccurrences.field, field)));

export const deleteOccurrences = async (tx: Db, ids: number[]) => {
  if (ids.length === 0) return;
  await tx.delete(identifierOccurrences).where(inArray(identifierOccurrences.id, ids));
};

/**
 * Inserts or refreshes the occurrences of one source field. `inserted` is true for rows that did not
 * exist yet (PostgreSQL sets xmax to 0 on a fresh insert), so only those raise alerts.
 */
export const upsertOccurrences = async (tx: Db, rows: Array<typeof identifierOccurrences.$inferInsert>) => {
  if (rows.length === 0) return [];

  return tx
    .insert(identifierOccurrences)
    .values(rows)
    .onConflictDoUpdate({
      target: [identifierOccurrences.sourceType, identifierOccurrences.sourceId, identifierOccurrences.field, identifierOccurrences.identifierId],
      set: {
        startPos: sql`excluded.start_pos`,
        endPos: sql`excluded.end_pos`,
        mentions: sql`excluded.mentions`,
        raw: sql`excluded.raw`,
        place: sql`excluded.place`,
      },
    })
    .returning({
      id: identifierOccurrences.id,
      identifierId: identifierOccurrences.identifierId,
      sourceType: identifierOccurrences.sourceType,
      sourceId: identifierOccurrences.sourceId,
      field: identifierOccurrences.field,
      inserted: sql<boolean>`(xmax = 0)`,
    });
};

/** One alert for every active watch on the identifiers of these new occurrences. Returns how many. */
export const insertAlertsForOccurrences = async (tx: Db, occurrenceIds: number[]): Promise<number> => {
  if (occurrenceIds.length === 0) return 0;
  const result = await tx.execute(sql`
    INSERT INTO identifier_alerts (watch_id, owner_user_id, identifier_id, occurrence_id, source_type)
    SELECT w.id, w.owner_user_id, o.identifier_id, o.id, o.source_type
      FROM identifier_occurrences o
      JOIN identifier_watches w ON w.identifier_id = o.identifier_id AND w.active
     WHERE o.id IN (${sql.join(
       occurrenceIds.map((id) => sql`${id}`),
       sql`, `,
     )})
    RETURNING id`);

  return rowsOf(result).length;
};

export const identifierByKeyQuery = (db: Db, kind: string, key: string) =>
  db.select().from(identifiers).where(and(eq(identifiers.kind, kind), eq(identifiers.key, key))).limit(1);

export const findIdentifierByKey = async (db: Db, kind: string, key: string): Promise<IdentifierRow | null> => {
  const [row] = await identifierByKeyQuery(db, kind, key);

  return row ?? null;
};

export const findIdentifierById = async (db: Db, id: number): Promise<IdentifierRow | null> => {
  const [row] = await db.select().from(identifiers).where(eq(identifiers.id, id)).limit(1);

  return row ?? null;
};

export type SourceCount = { sourceType: string; count: number; firstSeen: Date; lastSeen: Date };

/** Counts, first and last seen per source type; served by identifier_occurrences_by_type_idx. */
export const sourceTypeCountsSql = (identifierId: number, exclude?: { type: string; id: string }) => sql`
    SELECT source_type, count(*)::int AS n, min(seen_at) AS first_seen, max(seen_at) AS last_seen
      FROM identifier_occurrences
     WHERE identifier_id = ${identifierId}
       ${exclude ? sql`AND NOT (source_type = ${exclude.type} AND source_id = ${exclude.id})` : sql``}
     GROUP BY source_type
     ORDER BY source_type`;

export const countOccurrencesBySourceType = async (db: Db, identifierId: number, exclude?: { type: string; id: string }): Promise<SourceCount[]> => {
  const result = await db.execute(sourceTypeCountsSql(identifierId, exclude));

  return rowsOf(result).map((r) => ({
    sourceType: String(r.source_type),
    count: Number(r.n),
    firstSeen: asDate(r.first_seen),
    lastSeen: asDate(r.last_seen),
  }));
};

/**
 * How many distinct sources per type hold an identifier ("also in 2 other reports", however many
 * fields of each report name it). Reads the rows, not only an index: meant for a source page's few
 * identifiers, not for the hot "where seen" path.
 */
export const countSourcesBySourceType = async (db: Db, identifierId: number, exclude?: { type: string; id: string }) => {
  const result = await db.execute(sql`
    SELECT source_type, count(DISTINCT source_id)::int AS n
      FROM identifier_occurrences
     WHERE identifier_id = ${identifierId}
       ${exclude ? sql`AND NOT (source_type = ${exclude.type} AND source_id = ${exclude.id})` : sql``}
     GROUP BY source_type
     ORDER BY source_type`);

  return rowsOf(result).map((r) => ({ sourceType: String(r.source_type), count: Number(r.n) }));
};

/**
 * The most frequent places; served by the partial identifier_occurrences_place_idx. Places from
 * reports are left out: they are the reporter's own words (possibly a home address) and this count is
 * shown to viewers who may not open those reports.
 */
export const placeCountsSql = (identifierId: number, limit: number, exclude?: { type: string; id: string }) => sql`
    SELECT place, count(*)::int AS n
      FROM identifier_occurrences
     WHERE identifier_id = ${identifierId} AND place IS NOT NULL AND source_type <> 'report'
       ${exclude ? sql`AND NOT (source_type = ${exclude.type} AND source_id = ${exclude.id})` : sql``}
     GROUP BY place
     ORDER BY n DESC, place
     LIMIT ${limit}`;

export const countOccurrencesByPlace = async (db: Db, identifierId: number, limit: number, exclude?: { type: string; id: string }) => {
  const result = await db.execute(placeCountsSql(identifierId, limit, exclude));

  return rowsOf(result).map((r) => ({ place: String(r.place), count: Number(r.n) }));
};

/** The newest occurrences of one identifier; served by identifier_occurrences_recent_idx. */
export const listRecentOccurrences = (db: Db, identifierId: number, limit: number, exclude?: { type: string; id: string }) =>
  db
    .select()
    .from(identifierOccurrences)
    .where(
      and(
        eq(identifierOccurrences.identifierId, identifierId),
        exclude ? sql`NOT (${identifierOccurrences.sourceType} = ${exclude.type} AND ${identifierOccurrences.sourceId} = ${exclude.id})` : undefined,
      ),
    )
    // Exactly the order of identifier_occurrences_recent_idx (DESC NULLS LAST), so the newest rows
    // come straight from the index instead of sorting every occurrence of a busy identifier.
    .orderBy(sql`${identifierOccurrences.seenAt} DESC NULLS LAST`, sql`${identifierOccurrences.id} DESC NULLS LAST`)
    .limit(limit);

// ── watches and alerts ────────────────────────────────────────────────────────────────────────

export const upsertWatch = async (db: Db, identifierId: number, ownerUserId: string, active: boolean) => {
  const [row] = await db
    .insert(identifierWatches)
    .values({ identifierId, ownerUserId, active, endedAt: active ? null : new Date() })
    .onConflictDoUpdate({
      target: [identifierWatches.identifierId, identifierWatches.ownerUserId],
      set: { active, endedAt: active ? null : new Date() },
    })
    .returning();

  return row;
};

export const findWatch = async (db: Db, identifierId: number, ownerUserId: string) => {
  const [row] = await db
    .select()
    .from(identifierWatches)
    .where(and(eq(identifierWatches.identifierId, identifierId), eq(identifierWatches.ownerUserId, ownerUserId)))
    .limit(1);

  return row ?? null;
};

export const listAlertsOfOwner = (db: Db, ownerUserId: string, options: { unreadOnly: boolean; limit: number }) =>
  db
    .select({
      id: identifierAlerts.id,
      createdAt: identifierAlerts.createdAt,
      readAt: identifierAlerts.readAt,
      sourceType: identifierAlerts.sourceType,
      occurrenceId: identifierAlerts.occurrenceId,
      identifierId: identifiers.id,
      kind: identifiers.kind,
      key: identifiers.key,
      display: identifiers.display,
    })
    .from(identifierAlerts)
    .innerJoin(identifiers, eq(identifiers.id, identifierAlerts.identifierId))
    .where(and(eq(identifierAlerts.ownerUserId, ownerUserId), options.unreadOnly ? isNull(identifierAlerts.readAt) : undefined))
    .orderBy(desc(identifierAlerts.createdAt))
    .limit(options.limit);

export const markAlertRead = (db: Db, alertId: string, ownerUserId: string) =>
  db
    .update(identifierAlerts)
    .set({ readAt: new Date() })
    .where(and(eq(identifierAlerts.id, alertId), eq(identifierAlerts.ownerUserId, ownerUserId), isNull(identifierAlerts.readAt)));

// ── link decisions ────────────────────────────────────────────────────────────────────────────

export const insertLinkDecision = async (tx: Db, row: typeof linkDecisions.$inferInsert) => {
  const [inserted] = await tx.insert(linkDecisions).values(row).returning();

  return inserted;
};

export const listLinkDecisions = (db: Db, a: { type: string; id: string }, b: { type: string; id: string }) =>
  db
    .select()
    .from(linkDecisions)
    .where(and(eq(linkDecisions.aType, a.type), eq(linkDecisions.aId, a.id), eq(linkDecisions.bType, b.type), eq(linkDecisions.bId, b.id)))
    .orderBy(desc(linkDecisions.decidedAt));

// ── identifiers of one source, with where else they were seen ─────────────────────────────────

/**
 * Every identifier indexed for one source (all fields), with its counts in OTHER sources per source
 * type. One statement; the source lookup uses identifier_occurrences_source_uq, the counts the
 * by-type index.
 */
export const selectIdentifiersOfSource = async (db: Db, source: { type: string; id: string }) => {
  const result = await db.execute(sql`
    WITH mine AS (
      SELECT identifier_id, min(field) AS field, min(start_pos) AS start_pos
        FROM identifier_occurrences
       WHERE source_type = ${source.type} AND source_id = ${source.id}
       GROUP BY identifier_id
    )
    SELECT i.id, i.kind, i.key, i.display, m.field, m.start_pos,
           o.source_type AS other_type, count(o.id)::int AS n, max(o.seen_at) AS last_seen
      FROM mine m
      JOIN identifiers i ON i.id = m.identifier_id
      LEFT JOIN identifier_occurrences o
        ON o.identifier_id = m.identifier_id AND NOT (o.source_type = ${source.type} AND o.source_id = ${source.id})
     GROUP BY i.id, i.kind, i.key, i.display, m.field, m.start_pos, o.source_type
     ORDER BY m.field, m.start_pos, i.id, o.source_type`);

  return rowsOf(result).map((r) => ({
    id: Number(r.id),
    kind: String(r.kind),
    key: String(r.key),
    display: String(r.display),
    otherType: r.other_type == null ? null : String(r.other_type),
    count: Number(r.n),
    lastSeen: r.last_seen == null ? null : asDate(r.last_seen),
  }));
};

// ── forgetting a source (retention, deletion) ─────────────────────────────────────────────────

/** Deletes every occurrence of one source; alerts that pointed at them stay, without the link. */
export const deleteOccurrencesOfSource = async (tx: Db, source: { type: string; id: string }): Promise<number[]> => {
  const rows = await tx
    .delete(identifierOccurrences)
    .where(and(eq(identifierOccurrences.sourceType, source.type), eq(identifierOccurrences.sourceId, source.id)))
    .returning({ identifierId: identifierOccurrences.identifierId });

  return [...new Set(rows.map((r) => r.identifierId))];
};

/** Of these identifiers, deletes those no longer seen anywhere and not watched or alerted on. */
export const deleteOrphanIdentifiers = async (tx: Db, ids: number[]): Promise<number> => {
  if (ids.length === 0) return 0;
  const result = await tx.execute(sql`
    DELETE FROM identifiers i
     WHERE i.id IN (${sql.join(
       ids.map((id) => sql`${id}`),
       sql`, `,
     )})
       AND NOT EXISTS (SELECT 1 FROM identifier_occurrences o WHERE o.identifier_id = i.id)
       AND NOT EXISTS (SELECT 1 FROM identifier_watches w WHERE w.identifier_id = i.id)
       AND NOT EXISTS (SELECT 1 FROM identifier_alerts a WHERE a.identifier_id = i.id)
    RETURNING i.id`);

  return rowsOf(result).length;
};

// ── link suggestions ──────────────────────────────────────────────────────────────────────────

/**
 * Other sources that share at least one identifier with this one, most shared first, with the shared
 * identifiers as the reasons. Busy identifiers (seen in more than `maxFanOut` sources, such as a
 * site's own address) are left out: they link everything to everything and explain nothing.
 */
export const selectSourcesSharingIdentifiers = async (
  db: Db,
  source: { type: string; id: string },
  options: { sourceTypes: readonly string[]; maxFanOut: number; limit: number },
) => {
  const result = await db.execute(sql`
    WITH mine AS (
      SELECT DISTINCT identifier_id FROM identifier_occurrences WHERE source_type = ${source.type} AND source_id = ${source.id}
    ), useful AS (
      SELECT m.identifier_id FROM mine m
       WHERE (SELECT count(*) FROM (SELECT 1 FROM identifier_occurrences x WHERE x.identifier_id = m.identifier_id LIMIT ${options.maxFanOut + 1}) c) <= ${options.maxFanOut}
    )
    SELECT o.source_type, o.source_id, count(DISTINCT o.identifier_id)::int AS shared,
           array_agg(DISTINCT i.kind || ':' || i.key) AS reasons
      FROM useful u
      JOIN identifier_occurrences o ON o.identifier_id = u.identifier_id
      JOIN identifiers i ON i.id = u.identifier_id
     WHERE NOT (o.source_type = ${source.type} AND o.source_id = ${source.id})
       AND o.source_type IN (${sql.join(
         options.sourceTypes.map((t) => sql`${t}`),
         sql`, `,
       )})
     GROUP BY o.source_type, o.source_id
     ORDER BY shared DESC, o.source_type, o.source_id
     LIMIT ${options.limit}`);

  return rowsOf(result).map((r) => ({
    sourceType: String(r.source_type),
    sourceId: String(r.source_id),
    shared: Number(r.shared),
    reasons: (Array.isArray(r.reasons) ? r.reasons : String(r.reasons).replace(/^\{|\}$/g, '').split(',')).map(String),
  }));
};

// ── near-identical handles ────────────────────────────────────────────────────────────────────

/**
 * Account identifiers whose key starts with one of these prefixes, read by range from
 * identifiers_kind_key_uq (a byte-wise range: keys are lower-case ASCII, see accountKey). Bounded.
 */
export const selectAccountsByPrefixes = async (db: Db, prefixes: string[], limit: number): Promise<Array<{ id: number; key: string }>> => {
  if (prefixes.length === 0) return [];
  const result = await db.execute(sql`
    SELECT id, key FROM identifiers
     WHERE kind = 'account' AND (${sql.join(
       prefixes.map((p) => sql`(key >= ${p} AND key < ${`${p}\uffff`})`),
       sql` OR `,
     )})
     LIMIT ${limit}`);

  return rowsOf(result)
    .map((r) => ({ id: Number(r.id), key: String(r.key) }))
    .filter((r) => prefixes.some((p) => r.key.startsWith(p)));
};

/** The sources (of these types, not `exclude`) that hold any of these identifiers. Bounded. */
export const selectSourcesOfIdentifiers = async (
  db: Db,
  identifierIds: number[],
  options: { sourceTypes: readonly string[]; exclude: { type: string; id: string }; limit: number },
): Promise<Array<{ sourceType: string; sourceId: string; identifierId: number }>> => {
  if (identifierIds.length === 0 || options.sourceTypes.length === 0) return [];
  const result = await db.execute(sql`
    SELECT DISTINCT source_type, source_id, identifier_id FROM identifier_occurrences
     WHERE identifier_id IN (${sql.join(
       identifierIds.map((id) => sql`${id}`),
       sql`, `,
     )})
       AND source_type IN (${sql.join(
         options.sourceTypes.map((t) => sql`${t}`),
         sql`, `,
       )})
       AND NOT (source_type = ${options.exclude.type} AND source_id = ${options.exclude.id})
     ORDER BY source_type, source_id
     LIMIT ${options.limit}`);

  return rowsOf(result).map((r) => ({ sourceType: String(r.source_type), sourceId: String(r.source_id), identifierId: Number(r.identifier_id) }));
};

/** The account identifiers of one source. */
export const selectAccountsOfSource = async (db: Db, source: { type: string; id: string }, limit: number): Promise<Array<{ id: number; key: string }>> => {
  const result = await db.execute(sql`
    SELECT DISTINCT i.id, i.key FROM identifier_occurrences o JOIN identifiers i ON i.id = o.identifier_id
     WHERE o.source_type = ${source.type} AND o.source_id = ${source.id} AND i.kind = 'account'
     ORDER BY i.key
     LIMIT ${limit}`);

  return rowsOf(result).map((r) => ({ id: Number(r.id), key: String(r.key) }));
};

// ── totals (vangnet reindex) ──────────────────────────────────────────────────────────────────

/** Sizes of the index: printed before and after a re-index, so a second run visibly changes nothing. */
export const countIndex = async (db: Db): Promise<{ identifiers: number; occurrences: number; alerts: number }> => {
  const result = await db.execute(sql`
    SELECT (SELECT count(*) FROM identifiers)::int AS identifiers,
           (SELECT count(*) FROM identifier_occurrences)::int AS occurrences,
           (SELECT count(*) FROM identifier_alerts)::int AS alerts`);
  const [row] = rowsOf(result);

  return { identifiers: Number(row?.identifiers ?? 0), occurrences: Number(row?.occurrences ?? 0), alerts: Number(row?.alerts ?? 0) };
};

/** When one source field was first indexed, or null: a re-index keeps that time instead of "now". */
export const selectFieldSeenAt = async (db: Db, source: { type: string; id: string }, field: string): Promise<Date | null> => {
  const [row] = await db
    .select({ at: sql<unknown>`min(${identifierOccurrences.seenAt})` })
    .from(identifierOccurrences)
    .where(and(eq(identifierOccurrences.sourceType, source.type), eq(identifierOccurrences.sourceId, source.id), eq(identifierOccurrences.field, field)));

  return row?.at == null ? null : asDate(row.at);
};

/** Unread alerts of one owner, counted up to `cap` + 1 rows only (the start page, on the owner index). */
export const countUnreadAlertsOfOwner = async (db: Db, ownerUserId: string, cap: number): Promise<number> => {
  const unread = db
    .select({ one: sql`1` })
    .from(identifierAlerts)
    .where(and(eq(identifierAlerts.ownerUserId, ownerUserId), isNull(identifierAlerts.readAt)))
    .limit(cap + 1)
    .as('unread');
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(unread);

  return Number(row?.n ?? 0);
};
