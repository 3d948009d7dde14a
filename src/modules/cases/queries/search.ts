import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';

// search

/** Must stay the same expression as the reports_search_idx index (migration 0006), or the index is not used. */
export const REPORT_SEARCH = sql`to_tsvector('dutch', coalesce(r.number, '') || ' ' || coalesce(r.answers->>'whatHappened', '') || ' ' || coalesce(r.answers->>'perpetrators', '') || ' ' || coalesce(r.answers->>'clients', '') || ' ' || coalesce(r.answers->>'victimPlace', ''))`;

export type SearchScope = { userId: string; supervisor: boolean; investigator: boolean; organisationId: string | null };
export type DossierHit = { id: string; title: string; status: string; updatedAt: Date };
export type ReportHit = { id: string; number: string; status: string; createdAt: Date };

export const rowsOf = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;

/**
 * Dossiers whose title, summary, people, signals or notes match, limited to the dossiers this user
 * may open (the same rules as requireDossierAccess). A partner's match on notes counts only when the
 * dossier was shared in full, because a summary share does not show notes.
 */
export const searchDossiers = async (db: Db, text: string, s: SearchScope, limit: number): Promise<DossierHit[]> => {
  const staffSees = s.supervisor
    ? sql`true`
    : s.investigator
      ? sql`EXISTS (SELECT 1 FROM dossier_assignees a WHERE a.dossier_id = d.id AND a.user_id = ${s.userId})`
      : sql`false`;
  const shared = (scopes: string[]) =>
    s.organisationId
      ? sql`EXISTS (SELECT 1 FROM dossier_shares sh WHERE sh.dossier_id = d.id AND sh.organisation_id = ${s.organisationId} AND sh.revoked_at IS NULL AND sh.scope IN (${sql.join(scopes.map((x) => sql`${x}`), sql`, `)}))`
      : sql`false`;
  const result = await db.execute(sql`
    WITH q AS (SELECT websearch_to_tsquery('dutch', ${text}) AS q),
    hits AS (
      SELECT d.id AS dossier_id, 'main' AS part FROM dossiers d, q WHERE d.search_text @@ q.q
      UNION SELECT x.dossier_id, 'main' FROM subjects x, q WHERE x.search_text @@ q.q
      UNION SELECT x.dossier_id, 'main' FROM signals x, q WHERE x.search_text @@ q.q
      UNION SELECT x.dossier_id, 'note' FROM dossier_notes x, q WHERE x.search_text @@ q.q
    )
    SELECT d.id, d.title, d.status, d.updated_at FROM dossiers d
    WHERE EXISTS (
      SELECT 1 FROM hits h WHERE h.dossier_id = d.id
        AND (${staffSees} OR (h.part = 'main' AND ${shared(['summary', 'full'])}) OR (h.part = 'note' AND ${shared(['full'])}))
    )
    ORDER BY d.updated_at DESC
    LIMIT ${limit}`);

  return rowsOf(result).map((r) => ({ id: String(r.id), title: String(r.title), status: String(r.status), updatedAt: new Date(r.updated_at as string) }));
};

/** Reports whose narrative matches; only for roles that may read reports (checked by the caller). */
export const searchReports = async (db: Db, text: string, limit: number): Promise<ReportHit[]> => {
  const result = await db.execute(sql`
    SELECT r.id, r.number, r.status, r.created_at FROM reports r
    WHERE ${REPORT_SEARCH} @@ websearch_to_tsquery('dutch', ${text})
    ORDER BY r.created_at DESC
    LIMIT ${limit}`);

  return rowsOf(result).map((r) => ({ id: String(r.id), number: String(r.number), status: String(r.status), createdAt: new Date(r.created_at as string) }));
};
