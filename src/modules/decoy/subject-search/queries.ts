import { eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { decoyConversations, decoyMessages } from '../schema.ts';

// The SQL of the data-subject search in the decoy module (issue 19 point 5).

const conversationColumns = {
  id: decoyConversations.id,
  platform: decoyConversations.platform,
  state: decoyConversations.state,
  outcome: decoyConversations.outcome,
  responderHandle: decoyConversations.responderHandle,
  responderUrl: decoyConversations.responderUrl,
  responderPhone: decoyConversations.responderPhone,
  responderEmail: decoyConversations.responderEmail,
  openedAt: decoyConversations.openedAt,
  closedAt: decoyConversations.closedAt,
  messageCount: decoyConversations.messageCount,
};

/** Conversations whose responder handle (any case, with or without @), phone or e-mail is one of these. */
export const selectConversationsWith = (db: Db, terms: { handles: string[]; phones: string[]; emails: string[] }, limit: number) => {
  const conditions = [
    ...(terms.handles.length ? [inArray(sql`lower(ltrim(${decoyConversations.responderHandle}, '@'))`, terms.handles)] : []),
    ...(terms.phones.length ? [inArray(sql`regexp_replace(coalesce(${decoyConversations.responderPhone}, ''), '[^0-9]', '', 'g')`, terms.phones)] : []),
    ...(terms.emails.length ? [inArray(sql`lower(coalesce(${decoyConversations.responderEmail}, ''))`, terms.emails)] : []),
  ];
  if (conditions.length === 0) return Promise.resolve([]);

  return db.select(conversationColumns).from(decoyConversations).where(or(...conditions)).orderBy(decoyConversations.openedAt).limit(limit);
};

export const selectConversation = async (db: Db, id: string) => {
  const [row] = await db.select(conversationColumns).from(decoyConversations).where(eq(decoyConversations.id, id)).limit(1);

  return row ?? null;
};

/** The messages the responder sent (inbound): their own words, not the decoy's scripts. */
export const selectInboundMessages = (db: Db, conversationId: string) =>
  db
    .select({ at: decoyMessages.at, text: decoyMessages.text })
    .from(decoyMessages)
    .where(sql`${decoyMessages.conversationId} = ${conversationId} AND ${decoyMessages.direction} = 'in'`)
    .orderBy(decoyMessages.at);
