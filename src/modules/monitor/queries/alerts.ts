import { and, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { FINISHED_STATUSES } from '../../cases/index.ts';
import { users } from '../../accounts/index.ts';
import { adReviews, ads, monitorAlerts } from '../schema.ts';

// Alerts on dossier matches: the one place where the monitor reads the tables of cases, evidence and identifiers (see the comment on insertDossierMatchAlerts).

/** A text id as uuid, or null when it is not one (a plain cast would fail the statement). */
const asUuid = (column: SQL) =>
  sql`(CASE WHEN ${column} ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN (${column})::uuid END)`;


/**
 * Writes an alert for every open dossier that shares an identifier with an ad (via 'ad') or with
 * another ad of its template group (via 'group'), one per dossier owner: its assignees, else its
 * creator. `adIds` limits which ads are checked (null: all ads, after regrouping). Returns how many
 * alerts are new; the unique index makes a repeat crawl insert nothing.
 *
 * One statement on purpose, and the one place where the monitor reads the tables of cases, evidence
 * and identifiers: an identifier belongs to a dossier when it occurs in the dossier itself, in a
 * person of it (source id "<dossierId>/<subjectId>"), in evidence assigned to it, or in a report
 * linked to it. identifier_occurrences.source_id is text for every source type: it is cast to uuid
 * only when it looks like one (a malformed id would otherwise fail the whole statement), so the
 * joins use the primary keys of ads, evidence and reports. For a few ads (at store) matching starts
 * from their identifiers and their group mates'; for all ads (after regrouping) from the few
 * identifiers of open dossiers, so a large group costs its matching ads, not its size squared.
 */
export const insertDossierMatchAlerts = async (db: Db, adIds: string[] | null): Promise<number> => {
  if (adIds && adIds.length === 0) return 0;
  const finished = sql.join(
    FINISHED_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  // Which identifiers to look up in dossiers: for a few ads, only theirs and their group mates' (found
  // through the source index); for all ads, every identifier of an open dossier.
  const wanted = adIds
    ? sql`SELECT identifier_id FROM candidates`
    : sql`SELECT o.identifier_id FROM identifier_occurrences o WHERE o.source_type IN ('dossier', 'dossier_person', 'evidence', 'report')`;
  const inScope = adIds
    ? sql`a.id IN (${sql.join(
        adIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql`false`;
  const result = await db.execute(sql`
    WITH open_dossiers AS (
      SELECT d.id, d.created_by FROM dossiers d WHERE d.status NOT IN (${finished})
    ),
    candidates AS (
      SELECT a.id AS ad_id, a.group_id, o.identifier_id, 'ad' AS via
      FROM ads a JOIN identifier_occurrences o ON o.source_type = 'ad' AND o.source_id = a.id::text
      WHERE ${inScope}
      UNION
      SELECT a.id, a.group_id, o.identifier_id, 'group'
      FROM ads a
      JOIN ads m ON m.group_id = a.group_id AND m.id <> a.id
      JOIN identifier_occurrences o ON o.source_type = 'ad' AND o.source_id = m.id::text
      WHERE ${inScope} AND a.group_id IS NOT NULL
    ),
    dossier_identifiers AS (
      SELECT o.identifier_id, d.id AS dossier_id
      FROM identifier_occurrences o
      JOIN open_dossiers d ON (o.source_type = 'dossier' AND o.source_id = d.id::text)
        OR (o.source_type = 'dossier_person' AND split_part(o.source_id, '/', 1) = d.id::text)
      WHERE o.identifier_id IN (${wanted})
      UNION
      SELECT o.identifier_id, e.dossier_id
      FROM identifier_occurrences o
      JOIN evidence_items e ON o.source_type = 'evidence' AND e.id = ${asUuid(sql`o.source_id`)}
      JOIN open_dossiers d ON d.id = e.dossier_id
      WHERE o.identifier_id IN (${wanted})
      UNION
      SELECT o.identifier_id, dr.dossier_id
      FROM identifier_occurrences o
      JOIN dossier_reports dr ON o.source_type = 'report' AND dr.report_id = ${asUuid(sql`o.source_id`)}
      JOIN open_dossiers d ON d.id = dr.dossier_id
      WHERE o.identifier_id IN (${wanted})
    ),
    carriers AS (
      SELECT DISTINCT m.id AS carrier_id, m.group_id, di.identifier_id, di.dossier_id
      FROM dossier_identifiers di
      JOIN identifier_occurrences o ON o.identifier_id = di.identifier_id AND o.source_type = 'ad'
      JOIN ads m ON m.id = ${asUuid(sql`o.source_id`)}
    ),
    hits AS (
      ${
        adIds
          ? sql`SELECT c.ad_id, c.group_id, c.identifier_id, di.dossier_id, c.via
      FROM candidates c JOIN dossier_identifiers di ON di.identifier_id = c.identifier_id`
          : sql`SELECT c.carrier_id AS ad_id, c.group_id, c.identifier_id, c.dossier_id, 'ad' AS via FROM carriers c
      UNION ALL
      SELECT a.id, a.group_id, c.identifier_id, c.dossier_id, 'group'
      FROM carriers c JOIN ads a ON a.group_id = c.group_id AND a.id <> c.carrier_id
      WHERE c.group_id IS NOT NULL`
      }
    ),
    -- Owners: the assignees who can still sign in; when none is left, the creator (if still active).
    -- A disabled account gets no alerts: nobody would read them.
    owners AS (
      SELECT da.dossier_id, da.user_id AS owner_user_id
      FROM dossier_assignees da
      JOIN open_dossiers d ON d.id = da.dossier_id
      JOIN users u ON u.id = da.user_id AND u.disabled_at IS NULL
      UNION
      SELECT d.id, d.created_by
      FROM open_dossiers d
      JOIN users u ON u.id = d.created_by AND u.disabled_at IS NULL
      WHERE NOT EXISTS (
        SELECT 1 FROM dossier_assignees da JOIN users ua ON ua.id = da.user_id AND ua.disabled_at IS NULL WHERE da.dossier_id = d.id
      )
    )
    INSERT INTO monitor_alerts (ad_id, group_id, dossier_id, identifier_id, via, owner_user_id)
    SELECT h.ad_id, h.group_id, h.dossier_id, h.identifier_id, min(h.via), ow.owner_user_id
    FROM hits h JOIN owners ow ON ow.dossier_id = h.dossier_id
    GROUP BY h.ad_id, h.group_id, h.dossier_id, h.identifier_id, ow.owner_user_id
    ON CONFLICT DO NOTHING
    RETURNING id`);

  return (result as unknown as { rows: unknown[] }).rows.length;
};

/** One alert as its owner sees it: the ad, the identifier, and the dossier (shown only with access). */
export const selectAlertsOfOwner = async (db: Db, ownerUserId: string, limit: number) => {
  const result = await db.execute(sql`
    SELECT al.id, al.via, al.created_at, al.read_at, al.dossier_id,
      a.id AS ad_id, a.title AS ad_title, a.place AS ad_place,
      i.kind, i.key, i.display,
      d.title AS dossier_title, d.status AS dossier_status, g.operator_key
    FROM monitor_alerts al
    JOIN ads a ON a.id = al.ad_id
    JOIN identifiers i ON i.id = al.identifier_id
    LEFT JOIN dossiers d ON d.id = al.dossier_id
    LEFT JOIN ad_groups g ON g.id = a.group_id
    WHERE al.owner_user_id = ${ownerUserId}
    ORDER BY al.read_at IS NOT NULL, al.created_at DESC, al.id
    LIMIT ${limit}`);

  return (result as unknown as { rows: Record<string, unknown>[] }).rows.map((r) => ({
    id: String(r.id),
    via: String(r.via) === 'group' ? ('group' as const) : ('ad' as const),
    createdAt: new Date(r.created_at as string),
    readAt: r.read_at ? new Date(r.read_at as string) : null,
    dossierId: String(r.dossier_id),
    dossierTitle: r.dossier_title === null ? null : String(r.dossier_title),
    dossierStatus: r.dossier_status === null ? null : String(r.dossier_status),
    adId: String(r.ad_id),
    adTitle: String(r.ad_title),
    adPlace: r.ad_place === null ? null : String(r.ad_place),
    kind: String(r.kind),
    key: String(r.key),
    display: String(r.display),
    operatorKey: r.operator_key ? String(r.operator_key) : null,
  }));
};

export type OwnerAlertRow = Awaited<ReturnType<typeof selectAlertsOfOwner>>[number];

export const countUnreadAlerts = async (db: Db, ownerUserId: string): Promise<number> => {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(monitorAlerts)
    .where(and(eq(monitorAlerts.ownerUserId, ownerUserId), isNull(monitorAlerts.readAt)));

  return Number(row?.n ?? 0);
};

/** Marks one alert read, only when it is the user's own; false when there is no such alert. */
export const markMonitorAlertRead = async (db: Db, alertId: string, ownerUserId: string): Promise<boolean> => {
  const rows = await db
    .update(monitorAlerts)
    .set({ readAt: sql`coalesce(${monitorAlerts.readAt}, now())` })
    .where(and(eq(monitorAlerts.id, alertId), eq(monitorAlerts.ownerUserId, ownerUserId)))
    .returning({ id: monitorAlerts.id });

  return rows.length > 0;
};

/** The ads that match a dossier (one row per ad and identifier, whoever the owner), for the dossier page. */
export const selectDossierAlertAds = async (db: Db, dossierId: string, limit: number) => {
  const result = await db.execute(sql`
    SELECT a.id AS ad_id, a.title, a.place, i.kind, i.key, i.display, min(al.via) AS via, min(al.created_at) AS created_at
    FROM monitor_alerts al
    JOIN ads a ON a.id = al.ad_id
    JOIN identifiers i ON i.id = al.identifier_id
    WHERE al.dossier_id = ${dossierId}::uuid
    GROUP BY a.id, a.title, a.place, i.kind, i.key, i.display
    ORDER BY min(al.created_at) DESC, a.id
    LIMIT ${limit}`);

  return (result as unknown as { rows: Record<string, unknown>[] }).rows.map((r) => ({
    adId: String(r.ad_id),
    title: String(r.title),
    place: r.place === null ? null : String(r.place),
    kind: String(r.kind),
    key: String(r.key),
    display: String(r.display),
    via: String(r.via) === 'group' ? ('group' as const) : ('ad' as const),
    createdAt: new Date(r.created_at as string),
  }));
};

/** Review decisions that added an ad to this dossier, with who decided. */
export const selectDossierReviews = (db: Db, dossierId: string, limit: number) =>
  db
    .select({ adId: ads.id, title: ads.title, place: ads.place, reason: adReviews.reason, decidedAt: adReviews.decidedAt, decidedBy: users.name })
    .from(adReviews)
    .innerJoin(ads, eq(ads.id, adReviews.adId))
    .innerJoin(users, eq(users.id, adReviews.decidedBy))
    .where(and(eq(adReviews.dossierId, dossierId), eq(adReviews.decision, 'dossier')))
    .orderBy(desc(adReviews.decidedAt))
    .limit(limit);


/** Like countUnreadAlerts, but stops after `cap` + 1 rows: the start page asks on every visit. */
export const countUnreadAlertsUpTo = async (db: Db, ownerUserId: string, cap: number): Promise<number> => {
  const unread = db
    .select({ one: sql`1` })
    .from(monitorAlerts)
    .where(and(eq(monitorAlerts.ownerUserId, ownerUserId), isNull(monitorAlerts.readAt)))
    .limit(cap + 1)
    .as('unread');
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(unread);

  return Number(row?.n ?? 0);
};
