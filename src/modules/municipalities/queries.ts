import { and, asc, desc, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organisations } from '../accounts/index.ts';
import { chainReferrals, chainShareReads, chainShares } from '../chain/index.ts';
import { assessmentActions, assessments, assessmentVersions, type ChecklistAnswersJson, checklistDrafts, municipalityProfiles } from './schema.ts';

// Public checklist drafts

export const insertChecklistDraft = (db: Db, values: typeof checklistDrafts.$inferInsert) => db.insert(checklistDrafts).values(values);

export const findChecklistDraft = async (db: Db, id: string) => {
  const [row] = await db.select().from(checklistDrafts).where(eq(checklistDrafts.id, id));

  return row ?? null;
};

export const updateChecklistDraft = (db: Db, id: string, dataEnc: string) => db.update(checklistDrafts).set({ dataEnc }).where(eq(checklistDrafts.id, id));

export const deleteExpiredChecklistDrafts = (db: Db, now: Date) => db.delete(checklistDrafts).where(lt(checklistDrafts.expiresAt, now));

export const listChecklistDraftSecrets = (db: Db) => db.select({ id: checklistDrafts.id, dataEnc: checklistDrafts.dataEnc }).from(checklistDrafts);

// Municipality profiles

export type ProfileRow = typeof municipalityProfiles.$inferSelect;

export const findProfileByOrganisation = async (db: Db, organisationId: string) => {
  const [row] = await db.select().from(municipalityProfiles).where(eq(municipalityProfiles.organisationId, organisationId));

  return row ?? null;
};

export const findProfileByCode = async (db: Db, cbsCode: string) => {
  const [row] = await db.select().from(municipalityProfiles).where(eq(municipalityProfiles.cbsCode, cbsCode));

  return row ?? null;
};

export const listProfiles = (db: Db) => db.select().from(municipalityProfiles).orderBy(asc(municipalityProfiles.cbsCode));

export const listMunicipalityOrganisations = (db: Db) =>
  db
    .select({ id: organisations.id, name: organisations.name, cbsCode: municipalityProfiles.cbsCode, region: municipalityProfiles.region })
    .from(organisations)
    .leftJoin(municipalityProfiles, eq(municipalityProfiles.organisationId, organisations.id))
    .where(eq(organisations.kind, 'municipality'))
    .orderBy(asc(organisations.name));

export const findOrganisation = async (db: Db, id: string) => {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));

  return row ?? null;
};

export const upsertProfile = (db: Db, values: { organisationId: string; cbsCode: string; region: string; now: Date }) =>
  db
    .insert(municipalityProfiles)
    .values({ organisationId: values.organisationId, cbsCode: values.cbsCode, region: values.region, updatedAt: values.now })
    .onConflictDoUpdate({ target: municipalityProfiles.organisationId, set: { cbsCode: values.cbsCode, region: values.region, updatedAt: values.now } });

// Assessments

export type AssessmentRow = typeof assessments.$inferSelect;

export const insertAssessment = async (db: Db, values: typeof assessments.$inferInsert) => {
  const [row] = await db.insert(assessments).values(values).onConflictDoNothing().returning();

  return row ?? null;
};

export const findAssessment = async (db: Db, id: string) => {
  const [row] = await db.select().from(assessments).where(eq(assessments.id, id));

  return row ?? null;
};

export const findAssessmentByScopeYear = async (db: Db, scope: string, year: number) => {
  const [row] = await db.select().from(assessments).where(and(eq(assessments.scope, scope), eq(assessments.year, year)));

  return row ?? null;
};

export const listAssessmentsOfScopes = (db: Db, scopes: string[]) =>
  db
    .select()
    .from(assessments)
    .where(sql`${assessments.scope} IN (${sql.join(scopes.map((s) => sql`${s}`), sql`, `)})`)
    .orderBy(desc(assessments.year));

export const findLatestVersion = async (db: Db, assessmentId: string) => {
  const [row] = await db.select().from(assessmentVersions).where(eq(assessmentVersions.assessmentId, assessmentId)).orderBy(desc(assessmentVersions.version)).limit(1);

  return row ?? null;
};

export const listVersions = (db: Db, assessmentId: string) =>
  db
    .select({ version: assessmentVersions.version, savedAt: assessmentVersions.savedAt, savedBy: assessmentVersions.savedBy })
    .from(assessmentVersions)
    .where(eq(assessmentVersions.assessmentId, assessmentId))
    .orderBy(desc(assessmentVersions.version));

/** Adds version n+1 only when the assessment is still at n (optimistic lock); false when someone saved first. */
export const appendVersion = async (tx: Db, values: { assessmentId: string; expected: number; answers: ChecklistAnswersJson; savedBy: string; now: Date }) => {
  const bumped = await tx
    .update(assessments)
    .set({ version: values.expected + 1 })
    .where(and(eq(assessments.id, values.assessmentId), eq(assessments.version, values.expected)))
    .returning({ id: assessments.id });
  if (bumped.length === 0) return false;
  await tx.insert(assessmentVersions).values({ assessmentId: values.assessmentId, version: values.expected + 1, answers: values.answers, savedBy: values.savedBy, savedAt: values.now });

  return true;
};

// Action plan

export type ActionRow = typeof assessmentActions.$inferSelect;

export const insertAction = async (db: Db, values: typeof assessmentActions.$inferInsert) => {
  const [row] = await db.insert(assessmentActions).values(values).returning();

  return row;
};

export const findAction = async (db: Db, id: string) => {
  const [row] = await db.select().from(assessmentActions).where(eq(assessmentActions.id, id));

  return row ?? null;
};

export const listActions = (db: Db, assessmentId: string) =>
  db.select().from(assessmentActions).where(eq(assessmentActions.assessmentId, assessmentId)).orderBy(asc(assessmentActions.createdAt));

export const updateAction = async (db: Db, id: string, expected: number, values: { status: string; owner: string; dueOn: string | null; action: string; now: Date }) => {
  const rows = await db
    .update(assessmentActions)
    .set({ status: values.status, owner: values.owner, dueOn: values.dueOn, action: values.action, updatedAt: values.now, version: expected + 1 })
    .where(and(eq(assessmentActions.id, id), eq(assessmentActions.version, expected)))
    .returning({ id: assessmentActions.id });

  return rows.length > 0;
};

export const listRegions = async (db: Db): Promise<string[]> =>
  (await db.selectDistinct({ region: municipalityProfiles.region }).from(municipalityProfiles).where(sql`${municipalityProfiles.region} <> ''`).orderBy(asc(municipalityProfiles.region))).map((r) => r.region);

export const listRegionCodes = async (db: Db, region: string): Promise<string[]> =>
  (await db.select({ code: municipalityProfiles.cbsCode }).from(municipalityProfiles).where(eq(municipalityProfiles.region, region))).map((r) => r.code);

export const findOrganisationByName = async (db: Db, name: string) => {
  const [row] = await db.select().from(organisations).where(eq(organisations.name, name));

  return row ?? null;
};

// Partner figures (the chain's referrals and shares to one organisation; counts only)

type PartnerCountRow = { month: string; part: string; n: number };

const partnerRows = (result: unknown): PartnerCountRow[] =>
  (result as { rows: Record<string, unknown>[] }).rows.map((r) => ({ month: String(r.month), part: String(r.part ?? ''), n: Number(r.n) }));

/** Referrals to one organisation made in a period, per Amsterdam month and current status. */
export const countPartnerReferrals = async (db: Db, q: { organisationId: string; from: Date; to: Date }): Promise<PartnerCountRow[]> =>
  partnerRows(
    await db.execute(sql`
      SELECT to_char(${chainReferrals.createdAt} AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS month, ${chainReferrals.status} AS part, count(*)::int AS n
        FROM ${chainReferrals}
       WHERE ${chainReferrals.organisationId} = ${q.organisationId} AND ${chainReferrals.createdAt} >= ${q.from} AND ${chainReferrals.createdAt} < ${q.to}
       GROUP BY 1, 2`),
  );

/**
 * Shares with one organisation made in a period, per Amsterdam month and whether each still answers by
 * its end day and revocation (`live`), and whether the organisation opened it (`read`). The consent
 * check that can also end a share runs per request in the chain module and is not counted here.
 */
export const countPartnerShares = async (db: Db, q: { organisationId: string; from: Date; to: Date; today: string }): Promise<PartnerCountRow[]> =>
  partnerRows(
    await db.execute(sql`
      SELECT to_char(s.created_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS month,
             (CASE WHEN s.revoked_at IS NULL AND s.ends_on >= ${q.today}::date THEN 'live' ELSE 'ended' END)
               || (CASE WHEN EXISTS (SELECT 1 FROM ${chainShareReads} r WHERE r.share_id = s.id) THEN ':read' ELSE ':unread' END) AS part,
             count(*)::int AS n
        FROM ${chainShares} s
       WHERE s.organisation_id = ${q.organisationId} AND s.created_at >= ${q.from} AND s.created_at < ${q.to}
       GROUP BY 1, 2`),
  );

export const findOrganisationName = async (db: Db, id: string): Promise<string | null> => {
  const [row] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, id));

  return row?.name ?? null;
};
