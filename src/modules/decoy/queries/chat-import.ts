import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { decoyImports } from '../schema.ts';

// Chat exports imported into a conversation. (queries/: all SQL of the decoy module, one file per section.)

export const insertImport = async (db: Db, row: typeof decoyImports.$inferInsert) => {
  const [r] = await db.insert(decoyImports).values(row).returning();
  return r;
};

export const selectImports = (db: Db, conversationId: string) => db.select().from(decoyImports).where(eq(decoyImports.conversationId, conversationId)).orderBy(asc(decoyImports.importedAt));
