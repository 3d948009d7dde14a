import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { auditEvents } from '../../audit/index.ts';
import { decoyReviews } from '../schema.ts';

// Four-eyes reviews (warnings and police notifications) and the custody log for the police package (reads audit `audit_events`). (queries/: all SQL of the decoy module, one file per section.)

export type ReviewRow = typeof decoyReviews.$inferSelect;

export const insertReview = async (db: Db, row: typeof decoyReviews.$inferInsert): Promise<ReviewRow> => {
  const [r] = await db.insert(decoyReviews).values(row).returning();
  return r as ReviewRow;
};

export const selectOpenReview = async (db: Db, conversationId: string, kind: string): Promise<ReviewRow | null> => {
  const [r] = await db
    .select()
    .from(decoyReviews)
    .where(and(eq(decoyReviews.conversationId, conversationId), eq(decoyReviews.kind, kind), isNull(decoyReviews.decidedAt)))
    .limit(1);
  return r ?? null;
};

export const selectReviews = (db: Db, conversationId: string): Promise<ReviewRow[]> =>
  db.select().from(decoyReviews).where(eq(decoyReviews.conversationId, conversationId)).orderBy(asc(decoyReviews.proposedAt));

export const decideReview = async (db: Db, id: string, set: { decidedBy: string; decidedAt: Date; decision: string; decisionReason: string }) => {
  const [r] = await db.update(decoyReviews).set(set).where(and(eq(decoyReviews.id, id), isNull(decoyReviews.decidedAt))).returning();
  return r ?? null;
};

export const countOpenReviewsNotBy = async (db: Db, notBy: string, cap: number): Promise<number> => {
  const rows = await db.select({ id: decoyReviews.id }).from(decoyReviews).where(and(isNull(decoyReviews.decidedAt), ne(decoyReviews.proposedBy, notBy))).limit(cap + 1);
  return rows.length;
};

/** The custody log of one conversation: its audit events (read-only, for the police package). */
export const selectAuditOfConversation = (db: Db, conversationId: string) =>
  db
    .select({ seq: auditEvents.seq, at: auditEvents.at, actor: auditEvents.actorLabel, action: auditEvents.action, hash: auditEvents.hash })
    .from(auditEvents)
    .where(and(eq(auditEvents.targetType, 'decoy_conversation'), eq(auditEvents.targetId, conversationId)))
    .orderBy(asc(auditEvents.seq));
