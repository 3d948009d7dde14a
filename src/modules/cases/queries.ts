import { and, asc, desc, eq, gt, inArray, isNull, ne, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organisations, users } from '../accounts/index.ts';
import { evidenceItems } from '../evidence/index.ts';
import { reportConsents, reportIdentities, reports } from '../intake/index.ts';
import { FINISHED_STATUSES } from './dossier/workflow.ts';
import { consentExceptions, consents, dossierAssignees, dossierCriteria, dossierEvents, dossierNotes, dossierPlanSteps, dossierReports, dossierRisks, dossiers, dossierShares, dossierTasks, handovers, referrals, signals, subjectMerges, subjects } from './schema.ts';
import { isUuid } from '../../app/forms.ts';

// All SQL of the cases (dossier) domain.

export type DossierRow = typeof dossiers.$inferSelect;
export type SubjectRow = typeof subjects.$inferSelect;
export type NoteRow = typeof dossierNotes.$inferSelect;
export type TaskRow = typeof dossierTasks.$inferSelect;
export type ConsentRow = typeof consents.$inferSelect;
export type ExceptionRow = typeof consentExceptions.$inferSelect;

/** Anything that is not a uuid would make PostgreSQL raise an error; such ids simply do not exist. */

const bump = { version: sql`version + 1`, updatedAt: sql`now()` };

// ── dossiers ────────────────────────────────────────────────────────────────

export const insertDossier = async (tx: Db, values: typeof dossiers.$inferInsert) => {
  const [row] = await tx.insert(dossiers).values(values).returning();
  return row!;
};

export const findDossier = async (db: Db, id: string): Promise<DossierRow | null> => {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(dossiers).where(eq(dossiers.id, id)).limit(1);
  return row ?? null;
};

/** Applies the change only if nobody changed the dossier since `version`; null means "someone did". */
export const updateDossierIfVersion = async (tx: Db, id: string, version: number, values: Partial<typeof dossiers.$inferInsert>) => {
  const [row] = await tx
    .update(dossiers)
    .set({ ...values, ...bump })
    .where(and(eq(dossiers.id, id), eq(dossiers.version, version)))
    .returning();
  return row ?? null;
};

export const updateSummaryIfVersion = async (tx: Db, id: string, summaryVersion: number, values: { suspicion: string; summary: string }) => {
  const [row] = await tx
    .update(dossiers)
    .set({ ...values, summaryVersion: sql`summary_version + 1`, updatedAt: sql`now()` })
    .where(and(eq(dossiers.id, id), eq(dossiers.summaryVersion, summaryVersion)))
    .returning();
  return row ?? null;
};

export const touchDossier = (tx: Db, id: string) => tx.update(dossiers).set({ updatedAt: sql`now()` }).where(eq(dossiers.id, id));

const listColumns = {
  id: dossiers.id,
  title: dossiers.title,
  priority: dossiers.priority,
  status: dossiers.status,
  updatedAt: dossiers.updatedAt,
};

export const listAssignedDossiers = (db: Db, userId: string, limit: number) =>
  db
    .select(listColumns)
    .from(dossiers)
    .innerJoin(dossierAssignees, eq(dossierAssignees.dossierId, dossiers.id))
    .where(eq(dossierAssignees.userId, userId))
    .orderBy(desc(dossiers.updatedAt))
    .limit(limit);

export const listAllDossiers = (db: Db, limit: number) => db.select(listColumns).from(dossiers).orderBy(desc(dossiers.updatedAt)).limit(limit);

export const listSharedDossiers = (db: Db, organisationId: string, limit: number) =>
  db
    .selectDistinct(listColumns)
    .from(dossiers)
    .innerJoin(dossierShares, eq(dossierShares.dossierId, dossiers.id))
    .where(and(eq(dossierShares.organisationId, organisationId), isNull(dossierShares.revokedAt)))
    .orderBy(desc(dossiers.updatedAt))
    .limit(limit);


/**
 * Open dossiers one user may change, newest first: every open dossier for a supervisor, the open
 * dossiers the user is assigned to otherwise. Same rule as requireDossierAccess with write: true.
 */
export const listChangeableOpenDossiers = (db: Db, scope: { userId: string; all: boolean }, limit: number) => {
  const columns = { id: dossiers.id, title: dossiers.title, status: dossiers.status, createdAt: dossiers.createdAt };
  const open = notInArray(dossiers.status, [...FINISHED_STATUSES]);
  if (scope.all) return db.select(columns).from(dossiers).where(open).orderBy(desc(dossiers.createdAt)).limit(limit);

  return db
    .select(columns)
    .from(dossiers)
    .innerJoin(dossierAssignees, eq(dossierAssignees.dossierId, dossiers.id))
    .where(and(open, eq(dossierAssignees.userId, scope.userId)))
    .orderBy(desc(dossiers.createdAt))
    .limit(limit);
};

// ── access ──────────────────────────────────────────────────────────────────

/** Every dossier one user is assigned to: read once per page, so access checks need no query each. */
export const listAssignedDossierIds = async (db: Db, userId: string): Promise<Set<string>> => {
  const rows = await db.select({ id: dossierAssignees.dossierId }).from(dossierAssignees).where(eq(dossierAssignees.userId, userId));

  return new Set(rows.map((r) => r.id));
};

export const isAssignee = async (db: Db, dossierId: string, userId: string) => {
  const rows = await db
    .select({ userId: dossierAssignees.userId })
    .from(dossierAssignees)
    .where(and(eq(dossierAssignees.dossierId, dossierId), eq(dossierAssignees.userId, userId)))
    .limit(1);
  return rows.length > 0;
};

export const activeSharesFor = (db: Db, dossierId: string, organisationId: string) =>
  db
    .select({ scope: dossierShares.scope })
    .from(dossierShares)
    .where(and(eq(dossierShares.dossierId, dossierId), eq(dossierShares.organisationId, organisationId), isNull(dossierShares.revokedAt)));

export const listAssignees = (db: Db, dossierId: string) =>
  db
    .select({ id: users.id, name: users.name })
    .from(dossierAssignees)
    .innerJoin(users, eq(users.id, dossierAssignees.userId))
    .where(eq(dossierAssignees.dossierId, dossierId))
    .orderBy(asc(users.name));

export const insertAssignee = (tx: Db, values: typeof dossierAssignees.$inferInsert) => tx.insert(dossierAssignees).values(values).onConflictDoNothing();

/** Staff who can work on dossiers, for the assignee and task pickers. */
export const listInvestigators = (db: Db) =>
  db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(isNull(users.disabledAt), sql`${users.roles} && ARRAY['investigator','supervisor']::text[]`))
    .orderBy(asc(users.name))
    .limit(500);

export const findActiveUser = async (db: Db, id: string) => {
  if (!isUuid(id)) return null;
  const [row] = await db.select({ id: users.id, name: users.name, roles: users.roles }).from(users).where(and(eq(users.id, id), isNull(users.disabledAt)));
  return row ?? null;
};

// ── shares ──────────────────────────────────────────────────────────────────

export const listShares = (db: Db, dossierId: string) =>
  db
    .select({ id: dossierShares.id, organisation: organisations.name, kind: organisations.kind, scope: dossierShares.scope, sharedAt: dossierShares.sharedAt, revokedAt: dossierShares.revokedAt })
    .from(dossierShares)
    .innerJoin(organisations, eq(organisations.id, dossierShares.organisationId))
    .where(eq(dossierShares.dossierId, dossierId))
    .orderBy(asc(dossierShares.sharedAt));

export const insertShare = (tx: Db, values: typeof dossierShares.$inferInsert) => tx.insert(dossierShares).values(values);

export const revokeShare = (tx: Db, dossierId: string, shareId: string, by: string) =>
  !isUuid(shareId) ? Promise.resolve([]) : tx
    .update(dossierShares)
    .set({ revokedAt: sql`now()`, revokedBy: by })
    .where(and(eq(dossierShares.id, shareId), eq(dossierShares.dossierId, dossierId), isNull(dossierShares.revokedAt)))
    .returning({ id: dossierShares.id });

export const listPartnerOrganisations = (db: Db) =>
  db.select({ id: organisations.id, name: organisations.name, kind: organisations.kind }).from(organisations).where(ne(organisations.kind, 'own')).orderBy(asc(organisations.name));

export const findOrganisationById = async (db: Db, id: string) => {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row ?? null;
};

// ── reports ─────────────────────────────────────────────────────────────────

/** Only the number, status and date: a dossier never copies anything about the reporter. */
export const findReportsByNumber = (db: Db, numbers: string[]) =>
  numbers.length === 0 ? Promise.resolve([]) : db.select({ id: reports.id, number: reports.number }).from(reports).where(inArray(reports.number, numbers));

export const findReportsById = (db: Db, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.select({ id: reports.id, number: reports.number }).from(reports).where(inArray(reports.id, ids));

export const insertDossierReports = (tx: Db, rows: (typeof dossierReports.$inferInsert)[]) =>
  rows.length === 0 ? Promise.resolve() : tx.insert(dossierReports).values(rows).onConflictDoNothing();

export const listDossierReports = (db: Db, dossierId: string) =>
  db
    .select({ id: reports.id, number: reports.number, status: reports.status, createdAt: reports.createdAt, linkedAt: dossierReports.linkedAt })
    .from(dossierReports)
    .innerJoin(reports, eq(reports.id, dossierReports.reportId))
    .where(eq(dossierReports.dossierId, dossierId))
    .orderBy(asc(reports.createdAt));

// ── events ──────────────────────────────────────────────────────────────────

export const insertEvent = (tx: Db, values: typeof dossierEvents.$inferInsert) => tx.insert(dossierEvents).values(values);

// ── the assessment rows every dossier has ───────────────────────────────────

export const insertAssessmentRows = async (tx: Db, dossierId: string, criteria: readonly string[], steps: readonly number[], risks: readonly string[]) => {
  await tx.insert(dossierCriteria).values(criteria.map((criterion) => ({ dossierId, criterion })));
  await tx.insert(dossierPlanSteps).values(steps.map((step) => ({ dossierId, step })));
  await tx.insert(dossierRisks).values(risks.map((risk) => ({ dossierId, risk })));
};

export const listCriteria = (db: Db, dossierId: string) => db.select().from(dossierCriteria).where(eq(dossierCriteria.dossierId, dossierId));
export const listPlanSteps = (db: Db, dossierId: string) =>
  db.select().from(dossierPlanSteps).where(eq(dossierPlanSteps.dossierId, dossierId)).orderBy(asc(dossierPlanSteps.step));
export const listRisks = (db: Db, dossierId: string) => db.select().from(dossierRisks).where(eq(dossierRisks.dossierId, dossierId));

export const updateCriterionIfVersion = async (tx: Db, dossierId: string, criterion: string, version: number, values: Partial<typeof dossierCriteria.$inferInsert>) => {
  const [row] = await tx
    .update(dossierCriteria)
    .set({ ...values, ...bump })
    .where(and(eq(dossierCriteria.dossierId, dossierId), eq(dossierCriteria.criterion, criterion), eq(dossierCriteria.version, version)))
    .returning();
  return row ?? null;
};

export const updatePlanStepIfVersion = async (tx: Db, dossierId: string, step: number, version: number, values: Partial<typeof dossierPlanSteps.$inferInsert>) => {
  const [row] = await tx
    .update(dossierPlanSteps)
    .set({ ...values, ...bump })
    .where(and(eq(dossierPlanSteps.dossierId, dossierId), eq(dossierPlanSteps.step, step), eq(dossierPlanSteps.version, version)))
    .returning();
  return row ?? null;
};

export const updateRiskIfVersion = async (tx: Db, dossierId: string, risk: string, version: number, values: Partial<typeof dossierRisks.$inferInsert>) => {
  const [row] = await tx
    .update(dossierRisks)
    .set({ ...values, ...bump })
    .where(and(eq(dossierRisks.dossierId, dossierId), eq(dossierRisks.risk, risk), eq(dossierRisks.version, version)))
    .returning();
  return row ?? null;
};

// ── subjects ────────────────────────────────────────────────────────────────

export const listSubjects = (db: Db, dossierId: string) => db.select().from(subjects).where(eq(subjects.dossierId, dossierId)).orderBy(asc(subjects.createdAt));

export const countSubjects = async (db: Db, dossierId: string) => {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(subjects).where(eq(subjects.dossierId, dossierId));
  return row?.n ?? 0;
};

export const findSubject = async (db: Db, dossierId: string, id: string): Promise<SubjectRow | null> => {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(subjects).where(and(eq(subjects.id, id), eq(subjects.dossierId, dossierId)));
  return row ?? null;
};

export const insertSubject = async (tx: Db, values: typeof subjects.$inferInsert) => {
  const [row] = await tx.insert(subjects).values(values).returning();
  return row!;
};

export const updateSubjectIfVersion = async (tx: Db, dossierId: string, id: string, version: number, values: Partial<typeof subjects.$inferInsert>) => {
  const [row] = await tx
    .update(subjects)
    .set({ ...values, ...bump })
    .where(and(eq(subjects.id, id), eq(subjects.dossierId, dossierId), eq(subjects.version, version), isNull(subjects.mergedInto)))
    .returning();
  return row ?? null;
};

export const insertMerge = (tx: Db, values: typeof subjectMerges.$inferInsert) => tx.insert(subjectMerges).values(values);

/** Signals of the merged person now belong to the person that is kept. */
export const moveSignals = (tx: Db, fromSubject: string, toSubject: string) => tx.update(signals).set({ subjectId: toSubject }).where(eq(signals.subjectId, fromSubject));

// ── signals ─────────────────────────────────────────────────────────────────

export const listSignals = (db: Db, dossierId: string) =>
  db
    .select({ signal: signals, recordedByName: users.name })
    .from(signals)
    .innerJoin(users, eq(users.id, signals.recordedBy))
    .where(eq(signals.dossierId, dossierId))
    .orderBy(asc(signals.category), asc(signals.createdAt));

export const countSignals = async (db: Db, dossierId: string) => {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(signals).where(eq(signals.dossierId, dossierId));
  return row?.n ?? 0;
};

export const insertSignal = async (tx: Db, values: typeof signals.$inferInsert) => {
  const [row] = await tx.insert(signals).values(values).returning();
  return row!;
};

// ── tasks and notes ─────────────────────────────────────────────────────────

export const listTasks = (db: Db, dossierId: string) =>
  db
    .select({ task: dossierTasks, assigneeName: users.name })
    .from(dossierTasks)
    .leftJoin(users, eq(users.id, dossierTasks.assigneeId))
    .where(eq(dossierTasks.dossierId, dossierId))
    .orderBy(asc(dossierTasks.doneAt), asc(dossierTasks.dueOn), asc(dossierTasks.createdAt));

export const countTasks = async (db: Db, dossierId: string) => {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(dossierTasks).where(eq(dossierTasks.dossierId, dossierId));
  return row?.n ?? 0;
};

export const insertTask = async (tx: Db, values: typeof dossierTasks.$inferInsert) => {
  const [row] = await tx.insert(dossierTasks).values(values).returning();
  return row!;
};

export const findTask = async (db: Db, dossierId: string, id: string) => {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(dossierTasks).where(and(eq(dossierTasks.id, id), eq(dossierTasks.dossierId, dossierId)));
  return row ?? null;
};

export const updateTaskIfVersion = async (tx: Db, dossierId: string, id: string, version: number, values: Partial<typeof dossierTasks.$inferInsert>) => {
  const [row] = await tx
    .update(dossierTasks)
    .set({ ...values, version: sql`version + 1` })
    .where(and(eq(dossierTasks.id, id), eq(dossierTasks.dossierId, dossierId), eq(dossierTasks.version, version)))
    .returning();
  return row ?? null;
};

export const listNotes = (db: Db, dossierId: string) =>
  db
    .select({ note: dossierNotes, authorName: users.name })
    .from(dossierNotes)
    .innerJoin(users, eq(users.id, dossierNotes.authorId))
    .where(eq(dossierNotes.dossierId, dossierId))
    .orderBy(desc(dossierNotes.createdAt));

export const countNotes = async (db: Db, dossierId: string) => {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(dossierNotes).where(eq(dossierNotes.dossierId, dossierId));
  return row?.n ?? 0;
};

export const insertNote = async (tx: Db, values: typeof dossierNotes.$inferInsert) => {
  const [row] = await tx.insert(dossierNotes).values(values).returning();
  return row!;
};

export const findNote = async (db: Db, dossierId: string, id: string): Promise<NoteRow | null> => {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(dossierNotes).where(and(eq(dossierNotes.id, id), eq(dossierNotes.dossierId, dossierId)));
  return row ?? null;
};

export const updateNoteIfVersion = async (tx: Db, dossierId: string, id: string, version: number, values: Partial<typeof dossierNotes.$inferInsert>) => {
  const [row] = await tx
    .update(dossierNotes)
    .set({ ...values, ...bump })
    .where(and(eq(dossierNotes.id, id), eq(dossierNotes.dossierId, dossierId), eq(dossierNotes.version, version)))
    .returning();
  return row ?? null;
};

// ── consent and exceptions ──────────────────────────────────────────────────

export const listConsents = (db: Db, dossierId: string) => db.select().from(consents).where(eq(consents.dossierId, dossierId)).orderBy(asc(consents.recordedAt));

export const insertConsent = async (tx: Db, values: typeof consents.$inferInsert) => {
  const [row] = await tx.insert(consents).values(values).returning();
  return row!;
};

/** Withdrawal fills in who and when; the consent itself stays readable (hard rule 3). */
export const withdrawConsentRow = async (tx: Db, dossierId: string, id: string, by: string, note: string) => {
  if (!isUuid(id)) return null;
  const [row] = await tx
    .update(consents)
    .set({ withdrawnAt: sql`now()`, withdrawnBy: by, withdrawalNote: note })
    .where(and(eq(consents.id, id), eq(consents.dossierId, dossierId), isNull(consents.withdrawnAt)))
    .returning();
  return row ?? null;
};

export const listExceptions = (db: Db, dossierId: string) =>
  db.select().from(consentExceptions).where(eq(consentExceptions.dossierId, dossierId)).orderBy(asc(consentExceptions.requestedAt));

export const insertException = async (tx: Db, values: typeof consentExceptions.$inferInsert) => {
  const [row] = await tx.insert(consentExceptions).values(values).returning();
  return row!;
};

export const findException = async (db: Db, dossierId: string, id: string): Promise<ExceptionRow | null> => {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(consentExceptions).where(and(eq(consentExceptions.id, id), eq(consentExceptions.dossierId, dossierId)));
  return row ?? null;
};

/** Decides a waiting exception once; a second decision finds no row. */
export const decideExceptionRow = async (tx: Db, id: string, values: { decision: string; decisionNote: string; decidedBy: string }) => {
  const [row] = await tx
    .update(consentExceptions)
    .set({ ...values, decidedAt: sql`now()` })
    .where(and(eq(consentExceptions.id, id), isNull(consentExceptions.decision)))
    .returning();
  return row ?? null;
};

// ── names for display ───────────────────────────────────────────────────────

export const userNames = async (db: Db, ids: string[]): Promise<Map<string, string>> => {
  const unique = [...new Set(ids)].filter(isUuid);
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
};

// ── timeline ────────────────────────────────────────────────────────────────

export type TimelineRow = { at: Date; kind: string; text: string; actor: string | null };

/**
 * Everything that happened in one dossier, oldest first: its own events, signals, tasks, notes,
 * messages of linked reports (the reporter's identity is not in them) and evidence added to it.
 */
export const selectTimeline = async (db: Db, dossierId: string, limit: number): Promise<TimelineRow[]> => {
  const result = await db.execute(sql`
    SELECT at, kind, text, actor FROM (
      SELECT e.at, 'event:' || e.kind AS kind, e.details::text AS text, u.name AS actor
        FROM dossier_events e LEFT JOIN users u ON u.id = e.actor_id WHERE e.dossier_id = ${dossierId}
      UNION ALL
      SELECT s.created_at, 'signal:' || s.category, left(s.text, 300), u.name
        FROM signals s JOIN users u ON u.id = s.recorded_by WHERE s.dossier_id = ${dossierId}
      UNION ALL
      SELECT t.created_at, 'task', left(t.title, 300), u.name
        FROM dossier_tasks t JOIN users u ON u.id = t.created_by WHERE t.dossier_id = ${dossierId}
      UNION ALL
      SELECT t.done_at, 'task-done', left(t.title, 300), u.name
        FROM dossier_tasks t LEFT JOIN users u ON u.id = t.done_by WHERE t.dossier_id = ${dossierId} AND t.done_at IS NOT NULL
      UNION ALL
      SELECT n.created_at, 'note', left(n.body, 300), u.name
        FROM dossier_notes n JOIN users u ON u.id = n.author_id WHERE n.dossier_id = ${dossierId}
      UNION ALL
      SELECT m.created_at, 'message:' || m.kind, r.number || ': ' || left(m.body, 300), u.name
        FROM dossier_reports dr JOIN reports r ON r.id = dr.report_id JOIN report_messages m ON m.report_id = dr.report_id
        LEFT JOIN users u ON u.id = m.author_user_id WHERE dr.dossier_id = ${dossierId}
      UNION ALL
      SELECT ev.captured_at, 'evidence', left(ev.title, 200) || ' · SHA-256 ' || ev.sha256, ev.added_by_label
        FROM evidence_items ev WHERE ev.dossier_id = ${dossierId}
    ) AS timeline
    ORDER BY at ASC
    LIMIT ${limit}`);
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows;

  return rows.map((r) => ({ at: new Date(r.at as string | Date), kind: String(r.kind), text: String(r.text ?? ''), actor: r.actor == null ? null : String(r.actor) }));
};

// ── search ──────────────────────────────────────────────────────────────────

/** Must stay the same expression as the reports_search_idx index (migration 0006), or the index is not used. */
const REPORT_SEARCH = sql`to_tsvector('dutch', coalesce(r.number, '') || ' ' || coalesce(r.answers->>'whatHappened', '') || ' ' || coalesce(r.answers->>'perpetrators', '') || ' ' || coalesce(r.answers->>'clients', '') || ' ' || coalesce(r.answers->>'victimPlace', ''))`;

export type SearchScope = { userId: string; supervisor: boolean; investigator: boolean; organisationId: string | null };
export type DossierHit = { id: string; title: string; status: string; updatedAt: Date };
export type ReportHit = { id: string; number: string; status: string; createdAt: Date };

const rowsOf = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;

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

// ── handover and referral ───────────────────────────────────────────────────

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

export const insertReferral = async (tx: Db, values: typeof referrals.$inferInsert) => {
  const [row] = await tx.insert(referrals).values(values).returning();
  return row!;
};

export const listReferrals = (db: Db, dossierId: string) => db.select().from(referrals).where(eq(referrals.dossierId, dossierId)).orderBy(asc(referrals.createdAt));

export const addReferralFeedback = (tx: Db, dossierId: string, id: string, feedback: string) =>
  !isUuid(id)
    ? Promise.resolve([])
    : tx
        .update(referrals)
        .set({ feedback })
        .where(and(eq(referrals.id, id), eq(referrals.dossierId, dossierId)))
        .returning({ id: referrals.id });

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
    .select({ reportId: reportConsents.reportId, purpose: reportConsents.purpose, granted: reportConsents.granted, id: reportConsents.id, createdAt: reportConsents.createdAt })
    .from(reportConsents)
    .innerJoin(dossierReports, eq(dossierReports.reportId, reportConsents.reportId))
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
