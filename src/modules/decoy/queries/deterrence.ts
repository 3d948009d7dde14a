import { and, asc, eq, gte, isNotNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { decoyConversations, decoyHelpVisits, decoyMessages, decoyScripts } from '../schema.ts';
import type { ScriptRow } from './scripts.ts';

// Deterrence figures and help-link visits (counts; at most one programme's conversations). (queries/: all SQL of the decoy module, one file per section.)

export const countHelpVisit = async (db: Db, code: string, day: string) => {
  await db
    .insert(decoyHelpVisits)
    .values({ helpCode: code, day, visits: 1 })
    .onConflictDoUpdate({ target: [decoyHelpVisits.helpCode, decoyHelpVisits.day], set: { visits: sql`${decoyHelpVisits.visits} + 1` } });
};

export const selectHelpVisits = (db: Db) =>
  db.select({ helpCode: decoyHelpVisits.helpCode, visits: sql<number>`sum(${decoyHelpVisits.visits})::int` }).from(decoyHelpVisits).groupBy(decoyHelpVisits.helpCode);

export const selectAllConversationsForFigures = (db: Db) =>
  db
    .select({
      id: decoyConversations.id,
      profileId: decoyConversations.profileId,
      state: decoyConversations.state,
      handle: decoyConversations.responderHandle,
      phone: decoyConversations.responderPhone,
      openedAt: decoyConversations.openedAt,
      disclosureMessageId: decoyConversations.disclosureMessageId,
      warnedAt: decoyConversations.warnedAt,
      notifiedAt: decoyConversations.notifiedAt,
      policeOutcome: decoyConversations.policeOutcome,
      lastInboundSeq: sql<number | null>`(select max(m.seq) from decoy_messages m where m.conversation_id = "decoy_conversations"."id" and m.direction = 'in')`,
    })
    .from(decoyConversations)
    .limit(200_000);

export const selectAllWarningMessages = (db: Db) =>
  db
    .select({ conversationId: decoyMessages.conversationId, seq: decoyMessages.seq, scriptVersionId: decoyMessages.scriptVersionId })
    .from(decoyMessages)
    .innerJoin(decoyScripts, eq(decoyScripts.id, decoyMessages.scriptVersionId))
    .where(eq(decoyScripts.kind, 'warning'));

export const selectUsableScriptsAll = (db: Db): Promise<ScriptRow[]> => db.select().from(decoyScripts).where(isNotNull(decoyScripts.approvedAt)).orderBy(asc(decoyScripts.variant), asc(decoyScripts.version));

export const countConversationsSince = async (db: Db, from: Date, to: Date) => {
  const rows = await db
    .select({
      responses: sql<number>`count(*)::int`,
      continued: sql<number>`count(*) filter (where ${decoyConversations.state} in ('continuation_review','warning_sent','evidence_frozen','police_notified','closed_notified'))::int`,
      warnings: sql<number>`count(${decoyConversations.warnedAt})::int`,
      notifications: sql<number>`count(${decoyConversations.notifiedAt})::int`,
    })
    .from(decoyConversations)
    .where(and(gte(decoyConversations.openedAt, from), lt(decoyConversations.openedAt, to)));
  return rows[0] ?? { responses: 0, continued: 0, warnings: 0, notifications: 0 };
};
