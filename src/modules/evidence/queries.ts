import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { evidenceArtefacts, evidenceCaptureRequests, evidenceItems } from './schema.ts';

// All SQL of the evidence domain.

export type EvidenceRow = typeof evidenceItems.$inferSelect;
export type ArtefactRow = typeof evidenceArtefacts.$inferSelect;
export type CaptureRequestRow = typeof evidenceCaptureRequests.$inferSelect;

export const insertEvidenceItem = async (db: Db, row: typeof evidenceItems.$inferInsert): Promise<EvidenceRow> => {
  const [inserted] = await db.insert(evidenceItems).values(row).returning();
  if (!inserted) throw new Error('evidence item was not inserted');

  return inserted;
};

export const insertArtefacts = (db: Db, rows: (typeof evidenceArtefacts.$inferInsert)[]) =>
  rows.length === 0 ? Promise.resolve([]) : db.insert(evidenceArtefacts).values(rows).returning();

export const findEvidenceItem = async (db: Db, id: string): Promise<EvidenceRow | null> => {
  const [row] = await db.select().from(evidenceItems).where(eq(evidenceItems.id, id)).limit(1);

  return row ?? null;
};

export const findEvidenceItems = (db: Db, ids: string[]) =>
  ids.length === 0 ? Promise.resolve([]) : db.select().from(evidenceItems).where(inArray(evidenceItems.id, ids)).orderBy(asc(evidenceItems.capturedAt));

export const listArtefacts = (db: Db, evidenceIds: string[]) =>
  evidenceIds.length === 0
    ? Promise.resolve([])
    : db.select().from(evidenceArtefacts).where(inArray(evidenceArtefacts.evidenceId, evidenceIds)).orderBy(asc(evidenceArtefacts.createdAt), asc(evidenceArtefacts.kind));

/** Items of a dossier, or items not yet in any dossier (null), newest first. */
export const listEvidenceItems = (db: Db, options: { dossierId: string | null; limit: number; offset: number }) =>
  db
    .select()
    .from(evidenceItems)
    .where(options.dossierId === null ? isNull(evidenceItems.dossierId) : eq(evidenceItems.dossierId, options.dossierId))
    .orderBy(desc(evidenceItems.capturedAt))
    .limit(options.limit + 1)
    .offset(options.offset);

/** Locking keeps the hash and the decision; the trigger refuses any other change. */
export const markLocked = (db: Db, id: string, lock: { by: string; at: Date; decision: string }) =>
  db
    .update(evidenceItems)
    .set({ locked: true, lockedBy: lock.by, lockedAt: lock.at, lockDecision: lock.decision, storageKey: null })
    .where(eq(evidenceItems.id, id));

export const clearArtefactStorage = (db: Db, evidenceId: string) =>
  db.update(evidenceArtefacts).set({ storageKey: null }).where(eq(evidenceArtefacts.evidenceId, evidenceId));

/** Every stored file with the hash it must still have: for re-wrapping after a key rotation. */
export const listStoredFiles = async (db: Db): Promise<{ storageKey: string; sha256: string }[]> => {
  const items = await db.select({ storageKey: evidenceItems.storageKey, sha256: evidenceItems.sha256 }).from(evidenceItems).where(isNotNull(evidenceItems.storageKey));
  const artefacts = await db
    .select({ storageKey: evidenceArtefacts.storageKey, sha256: evidenceArtefacts.sha256 })
    .from(evidenceArtefacts)
    .where(isNotNull(evidenceArtefacts.storageKey));

  return [...items, ...artefacts].filter((r): r is { storageKey: string; sha256: string } => r.storageKey !== null);
};

/** Gives a loose item to a dossier; the trigger refuses to move an item that already has one. */
export const setDossier = (db: Db, id: string, dossierId: string) =>
  db.update(evidenceItems).set({ dossierId }).where(and(eq(evidenceItems.id, id), isNull(evidenceItems.dossierId))).returning({ id: evidenceItems.id });

/** Items after `after` in id order, for batch jobs (vangnet reindex). */
export const listEvidenceAfter = (db: Db, after: string | null, limit: number) =>
  db
    .select()
    .from(evidenceItems)
    .where(after ? gt(evidenceItems.id, after) : undefined)
    .orderBy(asc(evidenceItems.id))
    .limit(limit);

// Capture requests (the capture job's state, issue 12 point 7).

export const insertCaptureRequest = async (db: Db, row: typeof evidenceCaptureRequests.$inferInsert): Promise<CaptureRequestRow> => {
  const [inserted] = await db.insert(evidenceCaptureRequests).values(row).returning();
  if (!inserted) throw new Error('capture request was not inserted');

  return inserted;
};

export const findCaptureRequest = async (db: Db, id: string): Promise<CaptureRequestRow | null> => {
  const [row] = await db.select().from(evidenceCaptureRequests).where(eq(evidenceCaptureRequests.id, id)).limit(1);

  return row ?? null;
};

/** Only a queued request starts: a job delivered twice (a restart) does not capture twice. */
export const markCaptureRunning = async (db: Db, id: string, at: Date): Promise<CaptureRequestRow | null> => {
  const [row] = await db
    .update(evidenceCaptureRequests)
    .set({ state: 'running', startedAt: at })
    .where(and(eq(evidenceCaptureRequests.id, id), eq(evidenceCaptureRequests.state, 'queued')))
    .returning();

  return row ?? null;
};

/**
 * Requests still `running` that started before `startedBefore` did not end by themselves (the
 * process stopped, or a hang outlived its watchdog): they become `failed` with `problem`, so the
 * row says what the page already says. Returns the ids it marked.
 */
export const markStaleCapturesStopped = async (db: Db, input: { startedBefore: Date; at: Date; problem: { code: string; params: string[] } }): Promise<string[]> => {
  const rows = await db
    .update(evidenceCaptureRequests)
    .set({ state: 'failed', finishedAt: input.at, problemCode: input.problem.code, problemParams: input.problem.params })
    .where(and(eq(evidenceCaptureRequests.state, 'running'), lt(evidenceCaptureRequests.startedAt, input.startedBefore)))
    .returning({ id: evidenceCaptureRequests.id });

  return rows.map((r) => r.id);
};

export const markCaptureFinished = (db: Db, id: string, end: { at: Date; problem: { code: string; params: string[] } | null }) =>
  db
    .update(evidenceCaptureRequests)
    .set({ state: end.problem ? 'failed' : 'done', finishedAt: end.at, problemCode: end.problem?.code ?? null, problemParams: end.problem?.params ?? [] })
    .where(eq(evidenceCaptureRequests.id, id));
