import { and, inArray, lt } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { decoyConversations } from '../schema.ts';

// Conversations at the end of their retention period. (queries/: all SQL of the decoy module, one file per section.)

export const selectExpiredConversations = async (db: Db, states: string[], before: Date, limit: number): Promise<string[]> => {
  const rows = await db
    .select({ id: decoyConversations.id })
    .from(decoyConversations)
    .where(and(inArray(decoyConversations.state, states), lt(decoyConversations.closedAt, before)))
    .limit(limit);
  return rows.map((r) => r.id);
};

/** Whole conversations at the end of their period: messages, reviews and imports go with them (cascade). */
export const deleteConversations = async (db: Db, ids: string[]) => {
  if (ids.length === 0) return;
  await db.delete(decoyConversations).where(inArray(decoyConversations.id, ids));
};
