import type { Db } from '../../../db/client.ts';
import type { IdentifierKind } from '../identifier-kinds.ts';
import { countOccurrencesByPlace, countOccurrencesBySourceType, findIdentifierByKey, type IdentifierRow, listRecentOccurrences, type SourceCount } from '../queries.ts';
import { isSourceType, type MayOpen, type SourceRef } from '../sources.ts';

/**
 * One listed occurrence. `source` is filled only when the viewer may open it; otherwise the viewer
 * learns that the identifier was seen in a source of that type on that day, and nothing else.
 */
export type SeenOccurrence = {
  sourceType: string;
  seenAt: Date;
  place: string | null;
  source: (SourceRef & { field: string; start: number; end: number; raw: string }) | null;
};

export type WhereSeen = {
  identifier: IdentifierRow;
  total: number;
  perSourceType: SourceCount[];
  firstSeen: Date | null;
  lastSeen: Date | null;
  places: Array<{ place: string; count: number }>;
  occurrences: SeenOccurrence[];
  /** How many of the listed occurrences the viewer may not open. */
  hidden: number;
};

export type FindWhereSeenInput = {
  kind: IdentifierKind;
  key: string;
  mayOpen: MayOpen;
  /** "Where ELSE": leave out the source the viewer is looking at. */
  exclude?: SourceRef;
  /** How many occurrences to list (newest first); counts always cover all of them. */
  limit?: number;
};

/**
 * "Where else was this number seen?": counts per source type, first and last seen, places, and the
 * newest occurrences, each linked only when the caller's `mayOpen` says the viewer may open it.
 * Occurrences hold no reporter data, so even a linked report occurrence says nothing about who reported.
 */
export const findWhereSeen = async (db: Db, input: FindWhereSeenInput): Promise<WhereSeen | null> => {
  const identifier = await findIdentifierByKey(db, input.kind, input.key);
  if (!identifier) return null;
  const limit = Math.min(Math.max(input.limit ?? 50, 1), 500);
  const [perSourceType, places, recent] = await Promise.all([
    countOccurrencesBySourceType(db, identifier.id, input.exclude),
    countOccurrencesByPlace(db, identifier.id, 20, input.exclude),
    listRecentOccurrences(db, identifier.id, limit, input.exclude),
  ]);
  const occurrences: SeenOccurrence[] = [];
  let hidden = 0;
  for (const o of recent) {
    const ref = isSourceType(o.sourceType) ? { type: o.sourceType, id: o.sourceId } : null;
    const allowed = ref ? await input.mayOpen(ref) : false;
    if (!allowed) hidden += 1;
    occurrences.push({
      sourceType: o.sourceType,
      seenAt: o.seenAt,
      // A hidden source shows only its type and day: its place could say too much.
      place: allowed ? o.place : null,
      source: allowed && ref ? { ...ref, field: o.field, start: o.startPos, end: o.endPos, raw: o.raw } : null,
    });
  }
  const firsts = perSourceType.map((p) => p.firstSeen.getTime());
  const lasts = perSourceType.map((p) => p.lastSeen.getTime());

  return {
    identifier,
    total: perSourceType.reduce((n, p) => n + p.count, 0),
    perSourceType,
    firstSeen: firsts.length > 0 ? new Date(Math.min(...firsts)) : null,
    lastSeen: lasts.length > 0 ? new Date(Math.max(...lasts)) : null,
    places,
    occurrences,
    hidden,
  };
};
