import { inArray, } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { users } from '../../accounts/index.ts';
import { isUuid } from '../../../app/forms.ts';

// names for display

export const userNames = async (db: Db, ids: string[]): Promise<Map<string, string>> => {
  const unique = [...new Set(ids)].filter(isUuid);
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
};
