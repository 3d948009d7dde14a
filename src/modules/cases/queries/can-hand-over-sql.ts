import { type SQL, sql } from 'drizzle-orm';
import { CARE_SELF_CONSENT_AGE, REPORT_CONSENT_PURPOSE, SELF_CONSENT_AGE } from '../../../app/consent-age.ts';

/*
 * canHandOver (handover/can-hand-over.ts) as one SQL condition, for lists that judge many dossiers
 * in one query (the chain's partner inbox and a dossier's chain page judge every share). It holds
 * exactly when canHandOver answers ok: a consent for the purpose that was not withdrawn and that the
 * victim's age lets count, the newest report consent of a linked report saying yes (with the age rule
 * for a victim who reported for herself or himself), or an exception a second person approved.
 * can-hand-over-sql.test.ts compares the two on random facts. canHandOver stays the one that decides
 * a single handover, share or referral; change both together.
 *
 * It reads cases' consents, consent_exceptions, subjects and dossier_reports and intake's reports and
 * report_consents (docs/ARCHITECTURE.md, "Reads across modules"). The age rule is src/app/consent-age.ts,
 * in numbers: the youngest known age decides; from 16 the victim's own consent counts for every
 * purpose, from 12 for care only; a guardian's consent counts below 16; an unknown age lets both count.
 * Its own aliases (c, dr, r, rc, newest, e, sub, m, va) live in subqueries and shadow nothing outside.
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

/**
 * True when dossier `dossierId` may go out for `purpose` now (both SQL expressions of the caller's
 * query, for example a share row's columns). The victims' age is computed once per evaluation.
 */
export const canHandOverSql = (dossier: SQL, purposeOf: SQL): SQL => {
  const dossierId = sql`(${dossier})::uuid`;
  const purpose = sql`(${purposeOf})::text`;
  const age = sql`va.age`;
  return sql`exists (select 1 from (select ${youngestVictimAge(dossierId)} as age) va where
    exists (
      select 1 from consents c
      where c.dossier_id = ${dossierId} and c.purpose = ${purpose} and c.withdrawn_at is null
        and (c.given_by not in ('victim', 'guardian')
          or (c.given_by = 'victim' and ${victimMayConsent(age, purpose)})
          or (c.given_by = 'guardian' and ${guardianMayConsent(age)})))
    or exists (
      select 1 from dossier_reports dr
        join reports r on r.id = dr.report_id
        join lateral (
          select rc.granted from report_consents rc
          where rc.report_id = dr.report_id and ${reportPurpose(sql`rc.purpose`)} = ${purpose}
          order by rc.id desc limit 1) newest on true
      where dr.dossier_id = ${dossierId} and newest.granted
        and (r.reporter_kind <> 'victim' or ${victimMayConsent(sql`least(${ownReportAge}, va.age)`, purpose)}))
    or exists (
      select 1 from consent_exceptions e
      where e.dossier_id = ${dossierId} and e.purpose = ${purpose} and e.decision = 'approved'
        and e.decided_by is not null and e.decided_by <> e.requested_by))`;
};
