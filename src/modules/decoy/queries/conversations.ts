import { and, asc, desc, eq, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { decoyConversations, decoyMessages } from '../schema.ts';

// Conversations and their hash-chained messages. (queries/: all SQL of the decoy module, one file per section.)

export type ConversationRow = typeof decoyConversations.$inferSelect;
export type MessageRow = typeof decoyMessages.$inferSelect;

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

/** The responder's newest conversation with one decoy (the channel webhook adds to it), or null. */
export const selectLatestConversationOf = async (db: Db, profileId: string, handle: string): Promise<ConversationRow | null> => {
  const [r] = await db
    .select()
    .from(decoyConversations)
    .where(and(eq(decoyConversations.profileId, profileId), eq(decoyConversations.responderHandle, handle)))
    .orderBy(desc(decoyConversations.openedAt))
    .limit(1);
  return r ?? null;
};
