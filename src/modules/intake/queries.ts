import { and, asc, desc, eq, gt, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { followUpSessions, formStates, receiptTries, reportAlerts, reportConsents, reportDrafts, reportFiles, reportIdentifiers, reportIdentities, reportMessages, reportReads, reports } from './schema.ts';

// All SQL of the intake domain.

export type ReportRow = typeof reports.$inferSelect;
export type DraftRow = typeof reportDrafts.$inferSelect;
export type FileRow = typeof reportFiles.$inferSelect;
export type MessageRow = typeof reportMessages.$inferSelect;
export type ConsentRow = typeof reportConsents.$inferSelect;

// ---- drafts -----------------------------------------------------------------------------------

export const insertDraft = (db: Db, values: typeof reportDrafts.$inferInsert) => db.insert(reportDrafts).values(values);

export const findDraft = async (db: Db, id: string) => {
  const [row] = await db.select().from(reportDrafts).where(eq(reportDrafts.id, id)).limit(1);

  return row ?? null;
};

/** Locks the draft row for the rest of the transaction: two submits of one draft run one after the other. */
export const lockDraft = async (tx: Db, id: string) => {
  const [row] = await tx.select().from(reportDrafts).where(eq(reportDrafts.id, id)).for('update').limit(1);

  return row ?? null;
};

export const updateDraft = (db: Db, id: string, values: Partial<typeof reportDrafts.$inferInsert>) =>
  db
    .update(reportDrafts)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(reportDrafts.id, id));

/** Drafts past their time, with the files added to them. Submitted drafts only lose the row. */
export const deleteExpiredDrafts = async (db: Db) => {
  const expired = db.select({ id: reportDrafts.id }).from(reportDrafts).where(lt(reportDrafts.expiresAt, new Date()));
  await db.delete(reportFiles).where(and(isNull(reportFiles.reportId), inArray(reportFiles.draftId, expired)));
  await db.delete(reportDrafts).where(lt(reportDrafts.expiresAt, new Date()));
};

// ---- reports ----------------------------------------------------------------------------------

/** Null when the number is taken (the caller draws a new one); does not abort the transaction. */
export const insertReport = async (tx: Db, values: typeof reports.$inferInsert) => {
  const [row] = await tx.insert(reports).values(values).onConflictDoNothing({ target: reports.number }).returning();

  return row ?? null;
};

export const findReportById = async (db: Db, id: string) => {
  const [row] = await db.select().from(reports).where(eq(reports.id, id)).limit(1);

  return row ?? null;
};

export const findReportByNumber = async (db: Db, number: string) => {
  const [row] = await db.select().from(reports).where(eq(reports.number, number)).limit(1);

  return row ?? null;
};

export const updateReport = (db: Db, id: string, values: Partial<typeof reports.$inferInsert>) =>
  db
    .update(reports)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(reports.id, id));

export type QueueFilter = { channel?: string; reporterKind?: string; status?: string; assignee?: string };

/**
 * The triage queue: urgent first (danger now), then a minor at risk, then the oldest. Closed reports
 * only when asked for by status.
 */
/** One page of reports in id order (keyset), with only what re-indexing needs. */
export const listReportsAfter = (db: Db, afterId: string | null, limit: number) =>
  db
    .select({ id: reports.id, createdAt: reports.createdAt, answers: reports.answers })
    .from(reports)
    .where(afterId ? gt(reports.id, afterId) : undefined)
    .orderBy(asc(reports.id))
    .limit(limit);

/**
 * True when the report has a reporter message newer than what this user last saw on the report page
 * (report_reads); a report they never opened counts every reporter message as unread.
 */
const unreadFor = (userId: string) =>
  sql<boolean>`exists (select 1 from report_messages m where m.report_id = reports.id and m.kind = 'reporter' and m.created_at > coalesce((select rr.seen_until from report_reads rr where rr.report_id = reports.id and rr.user_id = ${userId}), '-infinity'::timestamptz))`;

/** `viewerId`: whose read marks decide the "ongelezen" (unread) flag of each row. */
export const listQueue = (db: Db, f: QueueFilter, viewerId: string, limit = 200) => {
  const where: SQL[] = [];
  if (f.channel) where.push(eq(reports.channel, f.channel));
  if (f.reporterKind) where.push(eq(reports.reporterKind, f.reporterKind));
  if (f.status) where.push(eq(reports.status, f.status));
  else where.push(sql`${reports.status} <> 'closed'`);
  if (f.assignee === 'none') where.push(isNull(reports.assigneeId));
  else if (f.assignee) where.push(eq(reports.assigneeId, f.assignee));

  return db
    .select({
      id: reports.id,
      number: reports.number,
      channel: reports.channel,
      reporterKind: reports.reporterKind,
      urgent: reports.urgent,
      urgentReason: reports.urgentReason,
      minorAtRisk: reports.minorAtRisk,
      status: reports.status,
      assigneeId: reports.assigneeId,
      anonymous: reports.anonymous,
      createdAt: reports.createdAt,
      unread: unreadFor(viewerId),
    })
    .from(reports)
    .where(and(...where))
    .orderBy(desc(reports.urgent), desc(reports.minorAtRisk), asc(reports.createdAt))
    .limit(limit);
};

export const countReports = async (db: Db) => {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(reports);

  return row?.n ?? 0;
};

// ---- identity, identifiers, consent -----------------------------------------------------------

export const insertIdentity = (db: Db, reportId: string, identityEnc: string) => db.insert(reportIdentities).values({ reportId, identityEnc });

export const findIdentity = async (db: Db, reportId: string) => {
  const [row] = await db.select().from(reportIdentities).where(eq(reportIdentities.reportId, reportId)).limit(1);

  return row ?? null;
};

export const insertIdentifiers = async (db: Db, reportId: string, rows: { kind: string; rawValue: string }[]) => {
  if (rows.length === 0) return;
  await db.insert(reportIdentifiers).values(rows.map((r) => ({ ...r, reportId })));
};

export const listIdentifiers = (db: Db, reportId: string) =>
  db.select().from(reportIdentifiers).where(eq(reportIdentifiers.reportId, reportId)).orderBy(asc(reportIdentifiers.kind), asc(reportIdentifiers.createdAt));

export const insertConsents = (db: Db, rows: (typeof reportConsents.$inferInsert)[]) => db.insert(reportConsents).values(rows);

/** Every consent choice ever made for the report, oldest first. */
export const listConsentHistory = (db: Db, reportId: string) =>
  db.select().from(reportConsents).where(eq(reportConsents.reportId, reportId)).orderBy(asc(reportConsents.id));

// ---- messages ---------------------------------------------------------------------------------

/** Adds a message; undefined when a message with the same form token is already on the report. */
export const insertMessage = async (db: Db, values: typeof reportMessages.$inferInsert) => {
  const [row] = await db
    .insert(reportMessages)
    .values(values)
    .onConflictDoNothing({ target: [reportMessages.reportId, reportMessages.formToken] })
    .returning({ id: reportMessages.id, createdAt: reportMessages.createdAt });

  return row;
};

/**
 * Marks a report's messages read for a user up to the message `upToMessageId` (its stored time, to the
 * microsecond: a JavaScript Date would cut it to milliseconds). Never moves the mark back.
 */
export const markMessagesRead = (db: Db, reportId: string, userId: string, upToMessageId: string) =>
  db
    .insert(reportReads)
    .values({ reportId, userId, seenUntil: sql`(select created_at from report_messages where id = ${upToMessageId})` })
    .onConflictDoUpdate({ target: [reportReads.reportId, reportReads.userId], set: { seenUntil: sql`greatest(${reportReads.seenUntil}, excluded.seen_until)` } });

/**
 * Reports with a reporter message this user has not seen yet, newest answer first, at most cap + 1:
 * the reports assigned to them, or every report when `everyReport` (intake keeps the whole queue).
 */
export const listUnreadAnswers = async (db: Db, q: { userId: string; everyReport: boolean; cap: number }) => {
  const latest = sql`max(${reportMessages.createdAt})`;

  return db
    .select({ id: reports.id, number: reports.number })
    .from(reportMessages)
    .innerJoin(reports, eq(reports.id, reportMessages.reportId))
    .leftJoin(reportReads, and(eq(reportReads.reportId, reports.id), eq(reportReads.userId, q.userId)))
    .where(
      and(
        eq(reportMessages.kind, 'reporter'),
        or(isNull(reportReads.seenUntil), gt(reportMessages.createdAt, reportReads.seenUntil)),
        q.everyReport ? undefined : eq(reports.assigneeId, q.userId),
      ),
    )
    .groupBy(reports.id, reports.number)
    .orderBy(desc(latest))
    .limit(q.cap + 1);
};

export const listMessages = (db: Db, reportId: string, kinds: string[]) =>
  db
    .select()
    .from(reportMessages)
    .where(and(eq(reportMessages.reportId, reportId), inArray(reportMessages.kind, kinds)))
    .orderBy(asc(reportMessages.createdAt));

// ---- files ------------------------------------------------------------------------------------

export const insertFile = async (db: Db, values: typeof reportFiles.$inferInsert) => {
  const [row] = await db.insert(reportFiles).values(values).returning({ id: reportFiles.id });

  return row!;
};

/** File rows without their content (lists never need it). */
const fileMeta = {
  id: reportFiles.id,
  reportId: reportFiles.reportId,
  draftId: reportFiles.draftId,
  nameEnc: reportFiles.nameEnc,
  size: reportFiles.size,
  detectedType: reportFiles.detectedType,
  sha256: reportFiles.sha256,
  state: reportFiles.state,
  lockedAt: reportFiles.lockedAt,
  decision: reportFiles.decision,
  addedBy: reportFiles.addedBy,
  createdAt: reportFiles.createdAt,
};

export type FileMeta = Omit<FileRow, 'contentEnc' | 'lockedBy'>;

export const listDraftFiles = (db: Db, draftId: string): Promise<FileMeta[]> =>
  db.select(fileMeta).from(reportFiles).where(and(eq(reportFiles.draftId, draftId), isNull(reportFiles.reportId))).orderBy(asc(reportFiles.createdAt));

export const listReportFiles = (db: Db, reportId: string): Promise<FileMeta[]> =>
  db.select(fileMeta).from(reportFiles).where(eq(reportFiles.reportId, reportId)).orderBy(asc(reportFiles.createdAt));

export const attachDraftFiles = (tx: Db, draftId: string, reportId: string) =>
  tx.update(reportFiles).set({ reportId, draftId: null }).where(and(eq(reportFiles.draftId, draftId), isNull(reportFiles.reportId)));

export const deleteDraftFile = (db: Db, draftId: string, fileId: string) =>
  db.delete(reportFiles).where(and(eq(reportFiles.id, fileId), eq(reportFiles.draftId, draftId), isNull(reportFiles.reportId)));

export const findFile = async (db: Db, reportId: string, fileId: string) => {
  const [row] = await db
    .select()
    .from(reportFiles)
    .where(and(eq(reportFiles.id, fileId), eq(reportFiles.reportId, reportId)))
    .limit(1);

  return row ?? null;
};

/** Removes the content and the name for good; the hash and the decision stay. */
export const lockFile = (tx: Db, fileId: string, values: { lockedBy: string; decision: string }) =>
  tx
    .update(reportFiles)
    .set({ contentEnc: null, nameEnc: null, state: 'locked', lockedAt: new Date(), ...values })
    .where(eq(reportFiles.id, fileId));

// ---- alerts -----------------------------------------------------------------------------------

export const insertAlert = (db: Db, reportId: string, reason: string, at?: Date) =>
  db.insert(reportAlerts).values({ reportId, reason, ...(at ? { createdAt: at } : {}) }).onConflictDoNothing();

export const listOpenAlerts = (db: Db) =>
  db
    .select({ id: reportAlerts.id, reportId: reportAlerts.reportId, reason: reportAlerts.reason, createdAt: reportAlerts.createdAt, number: reports.number })
    .from(reportAlerts)
    .innerJoin(reports, eq(reports.id, reportAlerts.reportId))
    .where(isNull(reportAlerts.acknowledgedAt))
    .orderBy(asc(reportAlerts.createdAt));

export const acknowledgeAlert = (db: Db, id: string, userId: string) =>
  db.update(reportAlerts).set({ acknowledgedAt: new Date(), acknowledgedBy: userId }).where(and(eq(reportAlerts.id, id), isNull(reportAlerts.acknowledgedAt)));

export const findReportByIdempotencyKey = async (db: Db, key: string) => {
  const [row] = await db.select().from(reports).where(eq(reports.idempotencyKey, key)).limit(1);

  return row ?? null;
};

// ---- key rotation -----------------------------------------------------------------------------

export const listIdentityBlobs = (db: Db) => db.select({ reportId: reportIdentities.reportId, identityEnc: reportIdentities.identityEnc }).from(reportIdentities);

export const updateIdentityBlob = (db: Db, reportId: string, identityEnc: string) =>
  db.update(reportIdentities).set({ identityEnc }).where(eq(reportIdentities.reportId, reportId));

export const listFileIds = (db: Db) => db.select({ id: reportFiles.id }).from(reportFiles).where(eq(reportFiles.state, 'stored'));

export const findFileBlobs = async (db: Db, id: string) => {
  const [row] = await db.select({ nameEnc: reportFiles.nameEnc, contentEnc: reportFiles.contentEnc }).from(reportFiles).where(eq(reportFiles.id, id)).limit(1);

  return row ?? null;
};

export const updateFileBlobs = (db: Db, id: string, values: { nameEnc: string | null; contentEnc: string | null }) =>
  db.update(reportFiles).set(values).where(eq(reportFiles.id, id));

export const listDraftBlobs = (db: Db) => db.select({ id: reportDrafts.id, dataEnc: reportDrafts.dataEnc, receiptEnc: reportDrafts.receiptEnc }).from(reportDrafts);

export const updateDraftBlobs = (db: Db, id: string, values: { dataEnc: string; receiptEnc: string | null }) =>
  db.update(reportDrafts).set(values).where(eq(reportDrafts.id, id));

/** Urgent-report alerts nobody has marked seen, counted up to `cap` + 1 rows (the start page). */
export const countOpenAlerts = async (db: Db, cap: number): Promise<number> => {
  const open = db.select({ one: sql`1` }).from(reportAlerts).where(isNull(reportAlerts.acknowledgedAt)).limit(cap + 1).as('open');
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(open);

  return Number(row?.n ?? 0);
};

/** Amsterdam calendar month of a timestamp column, as YYYY-MM (the dashboards' month). */
const monthOf = (column: SQL | typeof reports.createdAt) => sql<string>`to_char(${column} AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM')`;

/**
 * Reports per municipality, month, kind of reporter, urgent and minor-at-risk in a period: counts only,
 * for the dashboards (figures.ts). Uses reports_created_idx for the period.
 */
export const countReportsForFigures = (db: Db, q: { from: Date; to: Date; municipalityCode?: string }) =>
  db
    .select({
      municipality: reports.municipalityCode,
      month: monthOf(reports.createdAt),
      kind: reports.reporterKind,
      urgent: reports.urgent,
      minor: reports.minorAtRisk,
      n: sql<number>`count(*)::int`,
    })
    .from(reports)
    .where(and(sql`${reports.createdAt} >= ${q.from}`, lt(reports.createdAt, q.to), q.municipalityCode ? eq(reports.municipalityCode, q.municipalityCode) : undefined))
    .groupBy(sql`1`, sql`2`, sql`3`, sql`4`, sql`5`);

/** Whether there is any report at all: without one, the dashboards say "nog geen gegevens" instead of 0. */
export const hasAnyReport = async (db: Db): Promise<boolean> => (await db.select({ id: reports.id }).from(reports).limit(1)).length > 0;

/** Fictitious reports for `vangnet demo` (dashboards); a second run adds none (idempotency key). */
export const insertDemoReports = async (
  db: Db,
  rows: { key: string; municipalityCode: string | null; reporterKind: string; urgent: boolean; minorAtRisk: boolean; createdAt: Date }[],
): Promise<number> => {
  let added = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500).map((r, j) => ({
      number: `D${String(i + j).padStart(7, '0')}`,
      channel: 'web',
      reporterKind: r.reporterKind,
      urgent: r.urgent,
      urgentReason: r.urgent ? 'other' : null,
      minorAtRisk: r.minorAtRisk,
      status: 'closed',
      closeReason: 'other',
      answers: { whatHappened: 'Fictieve demomelding (alleen voor de cijfers). Geen echte persoon.' },
      anonymous: true,
      receiptHash: 'demo-geen-bon',
      idempotencyKey: r.key,
      municipalityCode: r.municipalityCode,
      createdAt: r.createdAt,
      updatedAt: r.createdAt,
    }));
    added += (await db.insert(reports).values(batch).onConflictDoNothing().returning({ id: reports.id })).length;
  }

  return added;
};
// ---- receipt tries (per report number; no connection data) -------------------------------------

export const findReceiptTries = async (db: Db, number: string) => {
  const [row] = await db.select().from(receiptTries).where(eq(receiptTries.number, number)).limit(1);

  return row ?? null;
};

/**
 * Adds one failure in one statement, so two processes failing at once both count; a row past its
 * `forgetAt` starts again at 1. Returns the new count.
 */
export const addReceiptFailure = async (db: Db, input: { number: string; now: Date; forgetAt: Date }): Promise<number> => {
  const [row] = await db
    .insert(receiptTries)
    .values({ number: input.number, failures: 1, nextAllowedAt: input.now, forgetAt: input.forgetAt })
    .onConflictDoUpdate({
      target: receiptTries.number,
      set: {
        failures: sql`CASE WHEN ${receiptTries.forgetAt} < ${input.now.toISOString()}::timestamptz THEN 1 ELSE ${receiptTries.failures} + 1 END`,
        forgetAt: input.forgetAt,
      },
    })
    .returning({ failures: receiptTries.failures });

  return row?.failures ?? 1;
};

/** Never moves the time back: of two processes setting it at once, the later time stays. */
export const delayReceiptTries = (db: Db, number: string, until: Date) =>
  db
    .update(receiptTries)
    .set({ nextAllowedAt: sql`GREATEST(${receiptTries.nextAllowedAt}, ${until.toISOString()}::timestamptz)` })
    .where(eq(receiptTries.number, number));

export const clearReceiptTries = (db: Db, number: string) => db.delete(receiptTries).where(eq(receiptTries.number, number));

export const deleteForgottenReceiptTries = (db: Db, now: Date) => db.delete(receiptTries).where(lt(receiptTries.forgetAt, now));

export const deleteAllReceiptTries = (db: Db) => db.delete(receiptTries);

// ---- follow-up sessions ---------------------------------------------------------------------------

export type FollowUpRow = typeof followUpSessions.$inferSelect;

export const insertFollowUpSession = (db: Db, values: typeof followUpSessions.$inferInsert) => db.insert(followUpSessions).values(values);

export const findFollowUpSession = async (db: Db, tokenHash: string) => {
  const [row] = await db.select().from(followUpSessions).where(eq(followUpSessions.tokenHash, tokenHash)).limit(1);

  return row ?? null;
};

export const updateFollowUpSession = (db: Db, tokenHash: string, values: Partial<typeof followUpSessions.$inferInsert>) =>
  db.update(followUpSessions).set(values).where(eq(followUpSessions.tokenHash, tokenHash));

/** Takes the waiting new receipt out under a row lock, so two processes cannot both show it. */
export const takeFollowUpReceipt = (db: Db, tokenHash: string): Promise<string | null> =>
  db.transaction(async (tx) => {
    const [row] = await tx
      .select({ enc: followUpSessions.newReceiptEnc })
      .from(followUpSessions)
      .where(eq(followUpSessions.tokenHash, tokenHash))
      .for('update')
      .limit(1);
    if (!row?.enc) return null;
    await tx.update(followUpSessions).set({ newReceiptEnc: null }).where(eq(followUpSessions.tokenHash, tokenHash));

    return row.enc;
  });

export const deleteFollowUpSession = (db: Db, tokenHash: string) => db.delete(followUpSessions).where(eq(followUpSessions.tokenHash, tokenHash));

export const deleteIdleFollowUpSessions = (db: Db, seenBefore: Date) => db.delete(followUpSessions).where(lt(followUpSessions.lastSeenAt, seenBefore));

export const listFollowUpReceiptBlobs = (db: Db) =>
  db
    .select({ tokenHash: followUpSessions.tokenHash, newReceiptEnc: followUpSessions.newReceiptEnc })
    .from(followUpSessions)
    .where(sql`${followUpSessions.newReceiptEnc} IS NOT NULL`);

// ---- form states (Post/Redirect/Get) -------------------------------------------------------------

export const upsertFormState = async (db: Db, values: typeof formStates.$inferInsert, now: Date) => {
  await db.delete(formStates).where(lt(formStates.expiresAt, now));
  await db.insert(formStates).values(values).onConflictDoUpdate({ target: formStates.key, set: { dataEnc: values.dataEnc, expiresAt: values.expiresAt } });
};

export const findFormState = async (db: Db, key: string) => {
  const [row] = await db.select().from(formStates).where(eq(formStates.key, key)).limit(1);

  return row ?? null;
};

export const deleteFormState = (db: Db, key: string) => db.delete(formStates).where(eq(formStates.key, key));

export const listFormStateBlobs = (db: Db) => db.select({ key: formStates.key, dataEnc: formStates.dataEnc }).from(formStates);

export const updateFormStateBlob = (db: Db, key: string, dataEnc: string) => db.update(formStates).set({ dataEnc }).where(eq(formStates.key, key));
