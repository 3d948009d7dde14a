import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lte, ne, sql } from 'drizzle-orm';
import { bump } from './shared.ts';
import type { Db } from '../../../db/client.ts';
import { evidenceItems } from '../../evidence/index.ts';
import { reportConsents, reportIdentities, reports } from '../../intake/index.ts';
import { dossierAssignees, dossierReports, dossiers, handovers, referrals } from '../schema.ts';
import { isUuid } from '../../../app/forms.ts';

// handover and referral

export type HandoverRow = typeof handovers.$inferSelect;
export type ReferralRow = typeof referrals.$inferSelect;

/** Evidence attached to the dossier (the evidence module owns the table; we only read it). */
export const listDossierEvidence = (db: Db, dossierId: string) =>
  db
    .select({
      id: evidenceItems.id,
      title: evidenceItems.title,
      kind: evidenceItems.kind,
      sha256: evidenceItems.sha256,
      sizeBytes: evidenceItems.sizeBytes,
      capturedAt: evidenceItems.capturedAt,
      addedByLabel: evidenceItems.addedByLabel,
      sourceDescription: evidenceItems.sourceDescription,
      locked: evidenceItems.locked,
    })
    .from(evidenceItems)
    .where(eq(evidenceItems.dossierId, dossierId))
    .orderBy(asc(evidenceItems.capturedAt))
    .limit(5_000);

/** The encrypted identities of the reporters of the linked reports; decrypted only when consent allows. */
export const listReporterIdentities = (db: Db, dossierId: string) =>
  db
    .select({ reportId: reportIdentities.reportId, number: reports.number, identityEnc: reportIdentities.identityEnc })
    .from(dossierReports)
    .innerJoin(reports, eq(reports.id, dossierReports.reportId))
    .innerJoin(reportIdentities, eq(reportIdentities.reportId, reports.id))
    .where(eq(dossierReports.dossierId, dossierId));

export const insertHandover = async (tx: Db, values: typeof handovers.$inferInsert) => {
  const [row] = await tx.insert(handovers).values(values).returning();
  return row!;
};

export const listHandovers = (db: Db, dossierId: string) => db.select().from(handovers).where(eq(handovers.dossierId, dossierId)).orderBy(asc(handovers.requestedAt));

export const findHandover = async (db: Db, dossierId: string, id: string): Promise<HandoverRow | null> => {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(handovers).where(and(eq(handovers.id, id), eq(handovers.dossierId, dossierId)));
  return row ?? null;
};

/** Approves once: a second approval (or one racing it) finds no row. */
export const approveHandoverRow = async (tx: Db, id: string, values: { approvedBy: string; packageSha256: string }) => {
  const [row] = await tx
    .update(handovers)
    .set({ ...values, approvedAt: sql`now()`, producedAt: sql`now()` })
    .where(and(eq(handovers.id, id), isNull(handovers.approvedBy)))
    .returning();
  return row ?? null;
};

export const setPoliceReference = (tx: Db, dossierId: string, id: string, reference: string) =>
  tx
    .update(handovers)
    .set({ policeReference: reference })
    .where(and(eq(handovers.id, id), eq(handovers.dossierId, dossierId)))
    .returning({ id: handovers.id });

/** Moves the status as part of a handover or referral, only from the status the check was made against. */
export const setStatusFrom = async (tx: Db, id: string, from: string, to: string) => {
  const [row] = await tx
    .update(dossiers)
    .set({ status: to, ...bump })
    .where(and(eq(dossiers.id, id), eq(dossiers.status, from)))
    .returning({ id: dossiers.id });
  return row ?? null;
};

/** The reporter's consent choices on the linked reports (given on the form or in the follow-up), newest first. */
export const listReportConsents = (db: Db, dossierId: string) =>
  db
    .select({
      reportId: reportConsents.reportId,
      purpose: reportConsents.purpose,
      granted: reportConsents.granted,
      id: reportConsents.id,
      createdAt: reportConsents.createdAt,
      // Who gave it: a victim reporting for herself or himself gives her or his own consent, and the
      // age rule (src/app/consent-age.ts) applies; the age comes from the form's answers.
      reporterKind: reports.reporterKind,
      victimAge: sql<string | null>`${reports.answers}->>'victimAge'`,
      victimAgeEstimate: sql<string | null>`${reports.answers}->>'victimAgeEstimate'`,
    })
    .from(reportConsents)
    .innerJoin(dossierReports, eq(dossierReports.reportId, reportConsents.reportId))
    .innerJoin(reports, eq(reports.id, reportConsents.reportId))
    .where(eq(dossierReports.dossierId, dossierId))
    .orderBy(desc(reportConsents.id));

/** Dossier ids after `after` in id order, for batch jobs (vangnet reindex). */
export const listDossierIdsAfter = async (db: Db, after: string | null, limit: number): Promise<string[]> => {
  const rows = await db
    .select({ id: dossiers.id })
    .from(dossiers)
    .where(after ? gt(dossiers.id, after) : undefined)
    .orderBy(asc(dossiers.id))
    .limit(limit);

  return rows.map((r) => r.id);
};

/**
 * Handovers still waiting for a second person, newest first, leaving out the ones this user asked for
 * (they may not approve their own). For the supervisors' start page: at most cap + 1 rows.
 */
export const listWaitingHandovers = (db: Db, q: { notRequestedBy: string; cap: number }) =>
  db
    .select({ id: handovers.id, dossierId: handovers.dossierId, title: dossiers.title })
    .from(handovers)
    .innerJoin(dossiers, eq(dossiers.id, handovers.dossierId))
    .where(and(isNull(handovers.approvedBy), ne(handovers.requestedBy, q.notRequestedBy)))
    .orderBy(desc(handovers.requestedAt))
    .limit(q.cap + 1);

/** One report's consent rows (the reporter's choices on the form and in the follow-up), oldest first. */
export const listReportConsentChoices = (db: Db, reportId: string) =>
  db
    .select({ purpose: reportConsents.purpose, granted: reportConsents.granted, createdAt: reportConsents.createdAt })
    .from(reportConsents)
    .where(eq(reportConsents.reportId, reportId))
    .orderBy(asc(reportConsents.id));

/**
 * For the reporter's "Mijn melding": the approved handovers and the referrals of every dossier this
 * report is linked to (when and which kind only, never the recipient), and the report's consent rows.
 */
export const listReportOutcomes = async (db: Db, reportId: string) => {
  const linked = db.select({ id: dossierReports.dossierId }).from(dossierReports).where(eq(dossierReports.reportId, reportId));
  const [handed, referred, consents] = await Promise.all([
    db
      .select({ at: handovers.approvedAt })
      .from(handovers)
      .where(and(inArray(handovers.dossierId, linked), isNotNull(handovers.approvedAt))),
    db.select({ at: referrals.createdAt, target: referrals.target }).from(referrals).where(inArray(referrals.dossierId, linked)),
    listReportConsentChoices(db, reportId),
  ]);

  return { handovers: handed.flatMap((h) => (h.at ? [{ at: h.at }] : [])), referrals: referred, consents };
};
