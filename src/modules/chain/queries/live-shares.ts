import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { canHandOverSql } from '../../cases/index.ts';

/*
 * Which of an organisation's shares still answer, for a whole inbox (or a dossier's chain page) in
 * one query. A share answers while it is not stopped, its end day has not passed (Amsterdam) and its
 * basis holds: cases' canHandOverSql, the SQL form of canHandOver (hard rule 3) that cases keeps
 * equal to it (cases/handover/can-hand-over-sql.test.ts). canHandOver itself stays the one that
 * decides when a partner opens a share.
 */

/** The live test of share s (the chain_shares row's alias) on `today`. */
const liveExpr = (today: string) => sql`(s.revoked_at is null and s.ends_on >= ${today}::date and ${canHandOverSql(sql`s.dossier_id`, sql`s.purpose`)})`;

export type InboxShare = { id: string; dossierId: string; reason: string; sections: string[]; endsOn: string; live: boolean };

/**
 * An organisation's shares for the inbox, one query: the newest `liveLimit` that answer and the
 * newest `endedLimit` that ended, newest first. Live older shares are not pushed out by ended newer ones.
 */
export const selectInboxShares = async (db: Db, organisationId: string, today: string, liveLimit: number, endedLimit: number): Promise<InboxShare[]> => {
  // Two halves of one statement, each walking the organisation's index newest first and stopping at
  // its limit, so a long history is not judged whole when the newest shares fill the page.
  const half = (live: boolean, limit: number) => sql`(
    select s.id, s.dossier_id, s.reason, s.sections, s.ends_on::text as ends_on, s.created_at as shared_at, ${live ? sql`true` : sql`false`} as live
    from chain_shares s
    where s.organisation_id = ${organisationId} and ${live ? sql`` : sql`not`} ${liveExpr(today)}
    order by s.created_at desc, s.id limit ${limit})`;
  const result = await db.execute(sql`
    select id, dossier_id, reason, sections, ends_on, live from (${half(true, liveLimit)} union all ${half(false, endedLimit)}) x
    order by shared_at desc, id`);
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows;

  return rows.map((r) => ({
    id: String(r.id),
    dossierId: String(r.dossier_id),
    reason: String(r.reason),
    sections: r.sections as string[],
    endsOn: String(r.ends_on),
    live: r.live === true,
  }));
};

/** The live test for given shares, in one query (a dossier's chain page). */
export const selectLiveFlags = async (db: Db, shareIds: string[], today: string): Promise<Map<string, boolean>> => {
  if (shareIds.length === 0) return new Map();
  const result = await db.execute(sql`
    select s.id, ${liveExpr(today)} as live from chain_shares s
    where s.id in (${sql.join(shareIds.map((id) => sql`${id}::uuid`), sql`, `)})`);
  const rows = (result as unknown as { rows: { id: string; live: boolean }[] }).rows;

  return new Map(rows.map((r) => [String(r.id), r.live === true]));
};
