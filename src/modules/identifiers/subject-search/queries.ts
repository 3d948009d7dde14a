import { and, eq, inArray, like, or, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { identifierOccurrences, identifiers } from '../schema.ts';

// The SQL of the data-subject search in the identifier index (issue 19 point 5).

const likeEscape = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Identifiers by exact (kind, key), and accounts whose handle (after `platform:`) is one of the handles. */
export const selectIdentifierIds = async (db: Db, keys: Array<{ kind: string; key: string }>, handles: string[]) => {
  const conditions = [
    ...keys.map((k) => and(eq(identifiers.kind, k.kind), eq(identifiers.key, k.key))),
    ...handles.map((h) => and(eq(identifiers.kind, 'account'), or(eq(identifiers.key, h), like(identifiers.key, `%:${likeEscape(h)}`)))),
  ];
  if (conditions.length === 0) return [];

  return db
    .select({ id: identifiers.id, kind: identifiers.kind, key: identifiers.key, display: identifiers.display })
    .from(identifiers)
    .where(or(...conditions))
    .limit(200);
};

export const selectOccurrencesOf = (db: Db, identifierIds: number[], limit: number) =>
  identifierIds.length === 0
    ? Promise.resolve([])
    : db
        .select({
          identifierId: identifierOccurrences.identifierId,
          sourceType: identifierOccurrences.sourceType,
          sourceId: identifierOccurrences.sourceId,
          field: identifierOccurrences.field,
          raw: identifierOccurrences.raw,
          seenAt: identifierOccurrences.seenAt,
        })
        .from(identifierOccurrences)
        .where(inArray(identifierOccurrences.identifierId, identifierIds))
        .orderBy(sql`${identifierOccurrences.seenAt} DESC`)
        .limit(limit);
