import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { isUuid } from '../../app/forms.ts';
import { organisations, users } from '../accounts/index.ts';
import { dossierCriteria, dossierEvents, dossierPlanSteps, dossierReports, dossierRisks, dossiers, signals, subjects } from '../cases/index.ts';
import { chainReferralSteps, chainReferrals, chainShareReads, chainShares } from './schema.ts';
import { AWAITING_ANSWER } from './referrals/workflow.ts';

// All SQL of the chain module. Reads of cases' and accounts' tables are named in
// docs/ARCHITECTURE.md ("Reads across modules").

export type ShareRow = typeof chainShares.$inferSelect;
export type ReferralRow = typeof chainReferrals.$inferSelect;

// organisations

export const listPartnerOrganisations = (db: Db) =>
  db.select({ id: organisations.id, name: organisations.name, kind: organisations.kind }).from(organisations).where(ne(organisations.kind, 'own')).orderBy(asc(organisations.name));

export const findOrganisation = async (db: Db, id: string) => {
  if (!isUuid(id)) return null;
  const [row] = await db.select({ id: organisations.id, name: organisations.name, kind: organisations.kind }).from(organisations).where(eq(organisations.id, id));
  return row ?? null;
};

// shares

export const insertShare = async (tx: Db, values: typeof chainShares.$inferInsert) => {
  const [row] = await tx.insert(chainShares).values(values).returning();
  return row!;
};

export const findShare = async (db: Db, id: string): Promise<ShareRow | null> => {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(chainShares).where(eq(chainShares.id, id));
  return row ?? null;
};

export const revokeShare = (tx: Db, dossierId: string, id: string, by: string, at: Date) =>
  !isUuid(id)
    ? Promise.resolve([])
    : tx
        .update(chainShares)
        .set({ revokedAt: at, revokedBy: by })
        .where(and(eq(chainShares.id, id), eq(chainShares.dossierId, dossierId), isNull(chainShares.revokedAt)))
        .returning({ id: chainShares.id });

/** The shares of one dossier, with the organisation's name (the staff's chain page). */
export const listDossierShares = (db: Db, dossierId: string) =>
  db
    .select({ share: chainShares, organisation: organisations.name })
    .from(chainShares)
    .innerJoin(organisations, eq(organisations.id, chainShares.organisationId))
    .where(eq(chainShares.dossierId, dossierId))
    .orderBy(asc(chainShares.sharedAt));

/** One organisation's newest shares, live or not (the inbox decides which still answer). */
export const listSharesForOrganisation = (db: Db, organisationId: string, limit: number) =>
  db.select().from(chainShares).where(eq(chainShares.organisationId, organisationId)).orderBy(desc(chainShares.sharedAt)).limit(limit);

export const insertShareRead = (db: Db, values: typeof chainShareReads.$inferInsert) => db.insert(chainShareReads).values(values);

/** Who read which of a dossier's shares, newest first (bounded). */
export const listShareReads = (db: Db, dossierId: string, limit: number) =>
  db
    .select({ shareId: chainShareReads.shareId, userLabel: chainShareReads.userLabel, sections: chainShareReads.sections, at: chainShareReads.at, organisation: organisations.name })
    .from(chainShareReads)
    .innerJoin(chainShares, eq(chainShares.id, chainShareReads.shareId))
    .innerJoin(organisations, eq(organisations.id, chainShares.organisationId))
    .where(eq(chainShares.dossierId, dossierId))
    .orderBy(desc(chainShareReads.at))
    .limit(limit);

// referrals

export const insertReferral = async (tx: Db, values: typeof chainReferrals.$inferInsert) => {
  const [row] = await tx.insert(chainReferrals).values(values).returning();
  return row!;
};

export const insertStep = (tx: Db, values: typeof chainReferralSteps.$inferInsert) => tx.insert(chainReferralSteps).values(values);

export const findReferral = async (db: Db, id: string): Promise<ReferralRow | null> => {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(chainReferrals).where(eq(chainReferrals.id, id));
  return row ?? null;
};

/** Locks the referral for a transition, so two answers at once cannot both move it. */
export const lockReferral = async (tx: Db, id: string): Promise<ReferralRow | null> => {
  const [row] = await tx.select().from(chainReferrals).where(eq(chainReferrals.id, id)).for('update');
  return row ?? null;
};

export const updateReferral = (tx: Db, id: string, fromStatus: string, values: Partial<typeof chainReferrals.$inferInsert>) =>
  tx
    .update(chainReferrals)
    .set({ ...values, version: sql`${chainReferrals.version} + 1` })
    .where(and(eq(chainReferrals.id, id), eq(chainReferrals.status, fromStatus)))
    .returning({ id: chainReferrals.id });

export const listSteps = (db: Db, referralId: string) =>
  db.select().from(chainReferralSteps).where(eq(chainReferralSteps.referralId, referralId)).orderBy(asc(chainReferralSteps.at), asc(chainReferralSteps.id));

/** The steps of several referrals in one query, each referral's in order (the dossier's chain page). */
export const listStepsOf = (db: Db, referralIds: string[]) =>
  referralIds.length === 0
    ? Promise.resolve([])
    : db.select().from(chainReferralSteps).where(inArray(chainReferralSteps.referralId, referralIds)).orderBy(asc(chainReferralSteps.at), asc(chainReferralSteps.id));

export const listDossierReferrals = (db: Db, dossierId: string) =>
  db
    .select({ referral: chainReferrals, organisation: organisations.name })
    .from(chainReferrals)
    .innerJoin(organisations, eq(organisations.id, chainReferrals.organisationId))
    .where(eq(chainReferrals.dossierId, dossierId))
    .orderBy(asc(chainReferrals.createdAt));

/** When and for which purpose the dossiers this report is in were referred ("Mijn melding"; never to whom). */
export const listReferralsOfReport = (db: Db, reportId: string) =>
  db
    .select({ at: chainReferrals.createdAt, purpose: chainReferrals.purpose })
    .from(chainReferrals)
    .where(inArray(chainReferrals.dossierId, db.select({ id: dossierReports.dossierId }).from(dossierReports).where(eq(dossierReports.reportId, reportId))))
    .orderBy(asc(chainReferrals.createdAt))
    .limit(200);

/** The partner's inbox: every referral to their organisation, open ones first. */
export const listInbox = (db: Db, organisationId: string, limit: number) =>
  db
    .select({ id: chainReferrals.id, status: chainReferrals.status, question: chainReferrals.question, answerBy: chainReferrals.answerBy, createdAt: chainReferrals.createdAt, remindedAt: chainReferrals.remindedAt })
    .from(chainReferrals)
    .where(eq(chainReferrals.organisationId, organisationId))
    .orderBy(sql`case when ${chainReferrals.status} in ('declined', 'closed') then 1 else 0 end`, desc(chainReferrals.createdAt))
    .limit(limit);

/** What one staff member referred (the /keten page for supervisors and investigators). */
export const listSentBy = (db: Db, userId: string, limit: number) =>
  db
    .select({ id: chainReferrals.id, dossierId: chainReferrals.dossierId, status: chainReferrals.status, organisation: organisations.name, answerBy: chainReferrals.answerBy, createdAt: chainReferrals.createdAt, remindedAt: chainReferrals.remindedAt })
    .from(chainReferrals)
    .innerJoin(organisations, eq(organisations.id, chainReferrals.organisationId))
    .where(eq(chainReferrals.createdBy, userId))
    .orderBy(desc(chainReferrals.createdAt))
    .limit(limit);

export const markReferrerSeen = (tx: Db, dossierId: string, userId: string, at: Date) =>
  tx.update(chainReferrals).set({ referrerSeenAt: at }).where(and(eq(chainReferrals.dossierId, dossierId), eq(chainReferrals.createdBy, userId)));

/** Open referrals past their answer day that were not reminded yet (the reminder job). */
export const selectLateReferrals = (db: Db, today: string, limit: number) =>
  db
    .select({ id: chainReferrals.id })
    .from(chainReferrals)
    .where(and(inArray(chainReferrals.status, [...AWAITING_ANSWER]), isNull(chainReferrals.remindedAt), lt(chainReferrals.answerBy, today)))
    .orderBy(asc(chainReferrals.answerBy))
    .limit(limit);

export const markReminded = (tx: Db, id: string, at: Date) =>
  tx
    .update(chainReferrals)
    .set({ remindedAt: at })
    .where(and(eq(chainReferrals.id, id), isNull(chainReferrals.remindedAt), inArray(chainReferrals.status, [...AWAITING_ANSWER])))
    .returning({ id: chainReferrals.id, dossierId: chainReferrals.dossierId, organisationId: chainReferrals.organisationId });

// start-page counts (bounded)

export const countAwaitingForOrganisation = async (db: Db, organisationId: string, cap: number) => {
  const rows = await db
    .select({ id: chainReferrals.id })
    .from(chainReferrals)
    .where(and(eq(chainReferrals.organisationId, organisationId), inArray(chainReferrals.status, [...AWAITING_ANSWER])))
    .limit(cap + 1);
  return rows.length;
};

export const countLateSentBy = async (db: Db, userId: string, cap: number) => {
  const rows = await db
    .select({ id: chainReferrals.id })
    .from(chainReferrals)
    .where(and(eq(chainReferrals.createdBy, userId), isNotNull(chainReferrals.remindedAt), inArray(chainReferrals.status, [...AWAITING_ANSWER])))
    .limit(cap + 1);
  return rows.length;
};

export const countNewFeedbackFor = async (db: Db, userId: string, cap: number) => {
  const rows = await db
    .select({ id: chainReferrals.id })
    .from(chainReferrals)
    .where(
      and(
        eq(chainReferrals.createdBy, userId),
        isNotNull(chainReferrals.partnerChangedAt),
        or(isNull(chainReferrals.referrerSeenAt), lt(chainReferrals.referrerSeenAt, chainReferrals.partnerChangedAt)),
      ),
    )
    .limit(cap + 1);
  return rows.length;
};

// the dossier's sections, read for a partner within a share (cases' tables, read model)

export const readDossierHead = async (db: Db, dossierId: string) => {
  const [row] = await db.select({ id: dossiers.id, title: dossiers.title, status: dossiers.status, summary: dossiers.summary, suspicion: dossiers.suspicion }).from(dossiers).where(eq(dossiers.id, dossierId));
  return row ?? null;
};

export const readPeople = (db: Db, dossierId: string) =>
  db
    .select({ id: subjects.id, role: subjects.role, name: subjects.name, age: subjects.age, ageEstimate: subjects.ageEstimate, place: subjects.place, description: subjects.description })
    .from(subjects)
    .where(and(eq(subjects.dossierId, dossierId), isNull(subjects.mergedInto)))
    .orderBy(asc(subjects.createdAt));

export const readSignals = (db: Db, dossierId: string) =>
  db
    .select({ id: signals.id, category: signals.category, kind: signals.kind, text: signals.text, source: signals.source, observedOn: signals.observedOn })
    .from(signals)
    .where(eq(signals.dossierId, dossierId))
    .orderBy(asc(signals.createdAt));

export const readAssessment = async (db: Db, dossierId: string) => ({
  criteria: await db.select({ criterion: dossierCriteria.criterion, state: dossierCriteria.state, evidence: dossierCriteria.evidence }).from(dossierCriteria).where(eq(dossierCriteria.dossierId, dossierId)),
  risks: await db.select({ risk: dossierRisks.risk, severity: dossierRisks.severity, nature: dossierRisks.nature, reason: dossierRisks.reason }).from(dossierRisks).where(eq(dossierRisks.dossierId, dossierId)),
});

export const readPlan = (db: Db, dossierId: string) =>
  db
    .select({ step: dossierPlanSteps.step, state: dossierPlanSteps.state, decision: dossierPlanSteps.decision, who: dossierPlanSteps.who, doneOn: dossierPlanSteps.doneOn })
    .from(dossierPlanSteps)
    .where(eq(dossierPlanSteps.dossierId, dossierId))
    .orderBy(asc(dossierPlanSteps.step));

/** The timeline as kinds and times only: no details, which may name people or other organisations. */
export const readTimeline = (db: Db, dossierId: string) =>
  db.select({ at: dossierEvents.at, kind: dossierEvents.kind }).from(dossierEvents).where(eq(dossierEvents.dossierId, dossierId)).orderBy(asc(dossierEvents.at)).limit(500);

export const userName = async (db: Db, id: string) => {
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, id));
  return row?.name ?? '';
};

/** The dossier page's chain line: how many live-looking shares and how many referrals. */
export const countDossierChain = async (db: Db, dossierId: string, today: string) => {
  const [s] = await db.select({ n: sql<number>`count(*)::int` }).from(chainShares).where(and(eq(chainShares.dossierId, dossierId), isNull(chainShares.revokedAt), gte(chainShares.endsOn, today)));
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(chainReferrals).where(eq(chainReferrals.dossierId, dossierId));
  return { shares: s?.n ?? 0, referrals: r?.n ?? 0 };
};

// the demo (load-demo.ts)

/** A demo dossier by its exact title (the cases demo makes them). */
export const findDossierByTitle = async (db: Db, title: string) => {
  const [row] = await db.select().from(dossiers).where(eq(dossiers.title, title)).limit(1);
  return row ?? null;
};

export const findOrganisationByName = async (db: Db, name: string) => {
  const [row] = await db.select({ id: organisations.id, kind: organisations.kind }).from(organisations).where(eq(organisations.name, name)).limit(1);
  return row ?? null;
};

export const findUserByEmail = async (db: Db, email: string) => {
  const [row] = await db.select({ id: users.id, name: users.name, roles: users.roles, organisationId: users.organisationId }).from(users).where(eq(users.email, email)).limit(1);
  return row ?? null;
};

export const countDossierReferrals = async (db: Db, dossierId: string) => {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(chainReferrals).where(eq(chainReferrals.dossierId, dossierId));
  return r?.n ?? 0;
};

/** The facts the routing advice reads (the staff's chain page, after cases' gate logged the read). */
export const readRoutingFacts = async (db: Db, dossierId: string) => {
  const { criteria, risks } = await readAssessment(db, dossierId);
  const victims = await db
    .select({ age: subjects.age, ageEstimate: subjects.ageEstimate })
    .from(subjects)
    .where(and(eq(subjects.dossierId, dossierId), eq(subjects.role, 'possible_victim'), isNull(subjects.mergedInto)));
  const [head] = await db.select({ priority: dossiers.priority }).from(dossiers).where(eq(dossiers.id, dossierId));
  return { criteria, risks, victims, priority: head?.priority ?? 'normal' };
};
