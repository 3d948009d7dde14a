import { asc, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { decoyConversations } from '../schema.ts';

// The operators' queue: open conversations with their last message. (queries/: all SQL of the decoy module, one file per section.)

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
