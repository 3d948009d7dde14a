import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { CARE_SELF_CONSENT_AGE, REPORT_CONSENT_PURPOSE, SELF_CONSENT_AGE } from '../../../app/consent-age.ts';

/*
 * Which of an organisation's shares still answer, for a whole inbox in one query. A share answers
 * while it is not stopped, its end day has not passed (Amsterdam) and its basis holds: the same
 * answer as cases' canHandOver (hard rule 3), which the inbox used to ask once per share (four
 * queries each). canHandOver stays the one that decides when a partner opens a share; this SQL is
 * its mirror for lists, and live-shares.test.ts compares the two on random facts (consents by
 * victim, guardian or reporter, withdrawn or not; ages and estimates; report consents; exceptions).
 *
 * It reads cases' tables consents, consent_exceptions, subjects and dossier_reports and intake's
 * reports and report_consents by name (cases does not export the first two; see docs/ARCHITECTURE.md,
 * "Reads across modules"). The age rule is src/app/consent-age.ts, in numbers: the youngest known
 * age decides; from 16 the victim's own consent counts for every purpose, from 12 for care only; a
 * guardian's consent counts below 16; an unknown age lets both count.
 */

/** The youngest age of the dossier's possible victims: a recorded age, else the lowest age an estimate names (1–119). */
const youngestVictimAge = (dossierId: SQL) => sql`(
  select min(case when sub.age is not null then sub.age::int else (
    select min(m.a[1]::int) from regexp_matches(sub.age_estimate, '\\d{1,3}', 'g') as m(a) where m.a[1]::int between 1 and 119
  ) end)
  from subjects sub where sub.dossier_id = ${dossierId} and sub.role = 'possible_victim' and sub.merged_into is null)`;

const victimMayConsent = (age: SQL, purpose: SQL) =>
  sql`(${age} is null or ${age} >= ${SELF_CONSENT_AGE} or (${age} >= ${CARE_SELF_CONSENT_AGE} and ${purpose} = 'care_referral'))`;
const guardianMayConsent = (age: SQL) => sql`(${age} is null or ${age} < ${SELF_CONSENT_AGE})`;

/** The consent purpose of a report consent question (REPORT_CONSENT_PURPOSE), as a SQL case. */
const reportPurpose = (column: SQL) => {
  const whens = Object.entries(REPORT_CONSENT_PURPOSE).map(([question, purpose]) => sql`when ${question} then ${purpose ?? null}`);
  return sql`(case ${column} ${sql.join(whens, sql` `)} end)`;
};

/**
 * The age a victim who reported for herself or himself gave on the form: victimAge as JavaScript's
 * parseInt reads it when above 0, else the estimate's band as its lowest age (under_12 → 0).
 */
const ownReportAge = sql`coalesce(
  nullif(greatest(substring(r.answers->>'victimAge' from '^\\s*([+-]?\\d+)')::numeric, 0), 0),
  case r.answers->>'victimAgeEstimate' when 'under_12' then 0 when '12_15' then ${CARE_SELF_CONSENT_AGE} when '16_17' then ${SELF_CONSENT_AGE} when '18_plus' then ${SELF_CONSENT_AGE} end)`;

/** True when the share's basis holds now (the share row is aliased s). */
const basisHolds = () => {
  const age = sql`va.age`;
  const purpose = sql`s.purpose`;
  return sql`(
    exists (
      select 1 from consents c
      where c.dossier_id = s.dossier_id and c.purpose = s.purpose and c.withdrawn_at is null
        and (c.given_by not in ('victim', 'guardian')
          or (c.given_by = 'victim' and ${victimMayConsent(age, purpose)})
          or (c.given_by = 'guardian' and ${guardianMayConsent(age)})))
    or exists (
      select 1 from dossier_reports dr
        join reports r on r.id = dr.report_id
        join lateral (
          select rc.granted from report_consents rc
          where rc.report_id = dr.report_id and ${reportPurpose(sql`rc.purpose`)} = s.purpose
          order by rc.id desc limit 1) newest on true
      where dr.dossier_id = s.dossier_id and newest.granted
        and (r.reporter_kind <> 'victim' or ${victimMayConsent(sql`least(${ownReportAge}, va.age)`, purpose)}))
    or exists (
      select 1 from consent_exceptions e
      where e.dossier_id = s.dossier_id and e.purpose = s.purpose and e.decision = 'approved'
        and e.decided_by is not null and e.decided_by <> e.requested_by))`;
};

/** The live test of share s on `today`, with the lateral victim age va joined. */
const liveExpr = (today: string) => sql`(s.revoked_at is null and s.ends_on >= ${today}::date and ${basisHolds()})`;
const victimAgeJoin = sql`left join lateral (select ${youngestVictimAge(sql`s.dossier_id`)} as age) va on true`;

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
    from chain_shares s ${victimAgeJoin}
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

/** The live test for given shares (the equivalence test; a dossier's chain page could use it too). */
export const selectLiveFlags = async (db: Db, shareIds: string[], today: string): Promise<Map<string, boolean>> => {
  if (shareIds.length === 0) return new Map();
  const result = await db.execute(sql`
    select s.id, ${liveExpr(today)} as live from chain_shares s ${victimAgeJoin}
    where s.id in (${sql.join(shareIds.map((id) => sql`${id}::uuid`), sql`, `)})`);
  const rows = (result as unknown as { rows: { id: string; live: boolean }[] }).rows;

  return new Map(rows.map((r) => [String(r.id), r.live === true]));
};
