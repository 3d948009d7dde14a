import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { users } from '../accounts/index.ts';
import { auditEvents } from '../audit/index.ts';
import { decoyConversations, decoyGovernance, decoyHelpVisits, decoyImports, decoyMessages, decoyProfiles, decoyReviews, decoyScripts } from './schema.ts';

// All SQL of the decoy module.

export type ScriptRow = typeof decoyScripts.$inferSelect;
export type GovernanceRow = typeof decoyGovernance.$inferSelect;
export type ProfileRow = typeof decoyProfiles.$inferSelect;
export type ConversationRow = typeof decoyConversations.$inferSelect;
export type MessageRow = typeof decoyMessages.$inferSelect;
export type ReviewRow = typeof decoyReviews.$inferSelect;

// ---- scripts

export const insertScriptVersion = async (db: Db, row: typeof decoyScripts.$inferInsert): Promise<ScriptRow> => {
  const [r] = await db.insert(decoyScripts).values(row).returning();
  return r as ScriptRow;
};

export const selectScriptVersion = async (db: Db, id: string): Promise<ScriptRow | null> => {
  const [r] = await db.select().from(decoyScripts).where(eq(decoyScripts.id, id));
  return r ?? null;
};

export const selectScriptVersionByHelpCode = async (db: Db, code: string): Promise<ScriptRow | null> => {
  const [r] = await db.select().from(decoyScripts).where(eq(decoyScripts.helpCode, code));
  return r ?? null;
};

export const selectVersionsOfScript = (db: Db, scriptId: string): Promise<ScriptRow[]> =>
  db.select().from(decoyScripts).where(eq(decoyScripts.scriptId, scriptId)).orderBy(desc(decoyScripts.version));

export const selectAllScriptVersions = (db: Db): Promise<ScriptRow[]> =>
  db.select().from(decoyScripts).orderBy(asc(decoyScripts.kind), asc(decoyScripts.variant), asc(decoyScripts.scriptId), desc(decoyScripts.version)).limit(2000);

/** Versions that may be published or sent: approved, not replaced by a newer approved version. */
export const selectUsableScripts = (db: Db, kinds?: readonly string[]): Promise<ScriptRow[]> =>
  db
    .select()
    .from(decoyScripts)
    .where(and(isNotNull(decoyScripts.approvedAt), isNull(decoyScripts.retiredAt), kinds ? inArray(decoyScripts.kind, [...kinds]) : undefined))
    .orderBy(asc(decoyScripts.kind), asc(decoyScripts.variant), asc(decoyScripts.id));

export const approveScriptVersion = async (db: Db, id: string, set: { approvedBy: string; approvedAt: Date; checkedAbsent: string[]; approvalReason: string }) =>
  db.transaction(async (tx) => {
    const [row] = await tx.update(decoyScripts).set(set).where(and(eq(decoyScripts.id, id), isNull(decoyScripts.approvedAt))).returning();
    if (!row) return null;
    // The newly approved version replaces the older approved ones of the same script.
    await tx
      .update(decoyScripts)
      .set({ retiredAt: set.approvedAt })
      .where(and(eq(decoyScripts.scriptId, row.scriptId), ne(decoyScripts.id, id), isNotNull(decoyScripts.approvedAt), isNull(decoyScripts.retiredAt)));

    return row;
  });

export const countScriptsAwaitingApproval = async (db: Db, notBy: string, cap: number): Promise<number> => {
  const rows = await db
    .select({ id: decoyScripts.id })
    .from(decoyScripts)
    .where(and(isNull(decoyScripts.approvedAt), ne(decoyScripts.createdBy, notBy)))
    .limit(cap + 1);
  return rows.length;
};

export const selectUserNames = async (db: Db, ids: string[]): Promise<Map<string, string>> => {
  const unique = [...new Set(ids.filter(Boolean))];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
};

// ---- governance

export const insertGovernance = async (db: Db, row: typeof decoyGovernance.$inferInsert): Promise<GovernanceRow> => {
  const [r] = await db.insert(decoyGovernance).values(row).returning();
  return r as GovernanceRow;
};

export const selectGovernance = async (db: Db, id: string): Promise<GovernanceRow | null> => {
  const [r] = await db.select().from(decoyGovernance).where(eq(decoyGovernance.id, id));
  return r ?? null;
};

export const selectGovernanceRecords = (db: Db): Promise<GovernanceRow[]> => db.select().from(decoyGovernance).orderBy(desc(decoyGovernance.recordedAt)).limit(50);

/** The approved record that is valid on `day` (YYYY-MM-DD), newest first. */
export const selectValidGovernance = async (db: Db, day: string): Promise<GovernanceRow | null> => {
  const [r] = await db
    .select()
    .from(decoyGovernance)
    .where(and(isNotNull(decoyGovernance.approvedAt), gte(decoyGovernance.validUntil, day)))
    .orderBy(desc(decoyGovernance.approvedAt))
    .limit(1);
  return r ?? null;
};

export const approveGovernanceRow = async (db: Db, id: string, set: { approvedBy: string; approvedAt: Date; approvalReason: string }) => {
  const [r] = await db.update(decoyGovernance).set(set).where(and(eq(decoyGovernance.id, id), isNull(decoyGovernance.approvedAt))).returning();
  return r ?? null;
};

export const countGovernanceAwaiting = async (db: Db, notBy: string, cap: number): Promise<number> => {
  const rows = await db.select({ id: decoyGovernance.id }).from(decoyGovernance).where(and(isNull(decoyGovernance.approvedAt), ne(decoyGovernance.recordedBy, notBy))).limit(cap + 1);
  return rows.length;
};

// ---- profiles

export const insertProfile = async (db: Db, row: typeof decoyProfiles.$inferInsert): Promise<ProfileRow> => {
  const [r] = await db.insert(decoyProfiles).values(row).returning();
  return r as ProfileRow;
};

export const selectProfile = async (db: Db, id: string): Promise<ProfileRow | null> => {
  const [r] = await db.select().from(decoyProfiles).where(eq(decoyProfiles.id, id));
  return r ?? null;
};

export const selectProfiles = (db: Db): Promise<ProfileRow[]> => db.select().from(decoyProfiles).orderBy(asc(decoyProfiles.name)).limit(500);

export const updateProfile = async (db: Db, id: string, fromStatus: readonly string[], set: Partial<typeof decoyProfiles.$inferInsert>) => {
  const [r] = await db
    .update(decoyProfiles)
    .set(set)
    .where(and(eq(decoyProfiles.id, id), inArray(decoyProfiles.status, [...fromStatus])))
    .returning();
  return r ?? null;
};

export const countProfilesAwaiting = async (db: Db, notBy: string, cap: number): Promise<number> => {
  const rows = await db.select({ id: decoyProfiles.id }).from(decoyProfiles).where(and(eq(decoyProfiles.status, 'draft'), ne(decoyProfiles.createdBy, notBy))).limit(cap + 1);
  return rows.length;
};

// ---- conversations and messages

export const insertConversation = async (db: Db, row: typeof decoyConversations.$inferInsert): Promise<ConversationRow> => {
  const [r] = await db.insert(decoyConversations).values(row).returning();
  return r as ConversationRow;
};

export const selectConversation = async (db: Db, id: string): Promise<ConversationRow | null> => {
  const [r] = await db.select().from(decoyConversations).where(eq(decoyConversations.id, id));
  return r ?? null;
};

/** The row locked for the rest of the transaction, so two operators cannot act on it at once. */
export const lockConversation = async (db: Db, id: string): Promise<ConversationRow | null> => {
  const [r] = await db.select().from(decoyConversations).where(eq(decoyConversations.id, id)).for('update');
  return r ?? null;
};

export const updateConversation = async (db: Db, id: string, set: Partial<typeof decoyConversations.$inferInsert>) => {
  await db.update(decoyConversations).set(set).where(eq(decoyConversations.id, id));
};

export const selectConversations = (db: Db, profileId?: string): Promise<ConversationRow[]> =>
  db
    .select()
    .from(decoyConversations)
    .where(profileId ? eq(decoyConversations.profileId, profileId) : undefined)
    .orderBy(desc(decoyConversations.openedAt))
    .limit(500);

/** Other conversations with the same responder handle (or phone) at another decoy: a repeat responder. */
export const selectOtherConversationsOfResponder = (db: Db, c: { id: string; profileId: string; handle: string; phone: string | null }) =>
  db
    .select({ id: decoyConversations.id })
    .from(decoyConversations)
    .where(
      and(
        ne(decoyConversations.id, c.id),
        ne(decoyConversations.profileId, c.profileId),
        c.phone ? sql`(${decoyConversations.responderHandle} = ${c.handle} OR ${decoyConversations.responderPhone} = ${c.phone})` : eq(decoyConversations.responderHandle, c.handle),
      ),
    )
    .limit(20);

export const insertMessage = async (db: Db, row: typeof decoyMessages.$inferInsert): Promise<MessageRow> => {
  const [r] = await db.insert(decoyMessages).values(row).returning();
  return r as MessageRow;
};

export const selectMessages = (db: Db, conversationId: string): Promise<MessageRow[]> =>
  db.select().from(decoyMessages).where(eq(decoyMessages.conversationId, conversationId)).orderBy(asc(decoyMessages.seq));

export const selectMessage = async (db: Db, id: string): Promise<MessageRow | null> => {
  const [r] = await db.select().from(decoyMessages).where(eq(decoyMessages.id, id));
  return r ?? null;
};

export const selectPlatformIds = async (db: Db, conversationId: string, direction: string): Promise<Set<string>> => {
  const rows = await db
    .select({ id: decoyMessages.platformMessageId })
    .from(decoyMessages)
    .where(and(eq(decoyMessages.conversationId, conversationId), eq(decoyMessages.direction, direction)));
  return new Set(rows.map((r) => r.id));
};

/** Conversations awaiting a reply whose last message is older than `before`. */
export const selectSilentConversations = (db: Db, before: Date, limit: number) =>
  db
    .select({ id: decoyConversations.id })
    .from(decoyConversations)
    .where(and(eq(decoyConversations.state, 'await_reply'), lt(decoyConversations.lastMessageAt, before)))
    .limit(limit);

export const countConversationsInState = async (db: Db, state: string, cap: number): Promise<number> => {
  const rows = await db.select({ id: decoyConversations.id }).from(decoyConversations).where(eq(decoyConversations.state, state)).limit(cap + 1);
  return rows.length;
};

// ---- four-eyes reviews

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

// ---- imports

export const insertImport = async (db: Db, row: typeof decoyImports.$inferInsert) => {
  const [r] = await db.insert(decoyImports).values(row).returning();
  return r;
};

export const selectImports = (db: Db, conversationId: string) => db.select().from(decoyImports).where(eq(decoyImports.conversationId, conversationId)).orderBy(asc(decoyImports.importedAt));

// ---- help-link visits

export const countHelpVisit = async (db: Db, code: string, day: string) => {
  await db
    .insert(decoyHelpVisits)
    .values({ helpCode: code, day, visits: 1 })
    .onConflictDoUpdate({ target: [decoyHelpVisits.helpCode, decoyHelpVisits.day], set: { visits: sql`${decoyHelpVisits.visits} + 1` } });
};

export const selectHelpVisits = (db: Db) =>
  db.select({ helpCode: decoyHelpVisits.helpCode, visits: sql<number>`sum(${decoyHelpVisits.visits})::int` }).from(decoyHelpVisits).groupBy(decoyHelpVisits.helpCode);



/** The custody log of one conversation: its audit events (read-only, for the police package). */
export const selectAuditOfConversation = (db: Db, conversationId: string) =>
  db
    .select({ seq: auditEvents.seq, at: auditEvents.at, actor: auditEvents.actorLabel, action: auditEvents.action, hash: auditEvents.hash })
    .from(auditEvents)
    .where(and(eq(auditEvents.targetType, 'decoy_conversation'), eq(auditEvents.targetId, conversationId)))
    .orderBy(asc(auditEvents.seq));

/** Open conversations in the given states, with the last message's direction and labels (one query). */
export const selectOpenConversationsWithLastInbound = async (db: Db, states: string[], limit: number) => {
  const rows = await db
    .select({
      id: decoyConversations.id,
      handle: decoyConversations.responderHandle,
      state: decoyConversations.state,
      lastAt: decoyConversations.lastMessageAt,
      lastDirection: sql<string | null>`(select m.direction from decoy_messages m where m.conversation_id = "decoy_conversations"."id" order by m.seq desc limit 1)`,
      labels: sql<{ label: string; words: string[] }[] | null>`(select m.labels from decoy_messages m where m.conversation_id = "decoy_conversations"."id" and m.direction = 'in' order by m.seq desc limit 1)`,
    })
    .from(decoyConversations)
    .where(inArray(decoyConversations.state, states))
    .orderBy(asc(decoyConversations.lastMessageAt))
    .limit(limit);
  return rows;
};
