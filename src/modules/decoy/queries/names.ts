import { inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { users } from '../../accounts/index.ts';

// Display names of staff (reads accounts `users`, see docs/ARCHITECTURE.md "Reads across modules"). (queries/: all SQL of the decoy module, one file per section.)

export const selectUserNames = async (db: Db, ids: string[]): Promise<Map<string, string>> => {
  const unique = [...new Set(ids.filter(Boolean))];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
};
