import type { Db } from '../../../db/client.ts';
import { displayIdentifier } from '../extraction/display-identifier.ts';
import { extractIdentifiers } from '../extraction/extract-identifiers.ts';
import type { IdentifierHit } from '../identifier-kinds.ts';
import { deleteOccurrences, insertAlertsForOccurrences, selectOccurrenceIdsOfField, upsertIdentifiers, upsertOccurrences } from '../queries.ts';
import { isReporterField, LIMITS, type SourceRef } from '../sources.ts';

export type RecordOccurrencesInput = {
  source: SourceRef;
  /** Which field of the source the text comes from; one call per field. */
  field: string;
  text: string;
  /** When the source saw it (report received, ad crawled); defaults to now. */
  seenAt?: Date;
  /** A town or region, if the source has one. Never a reporter's address. */
  place?: string | null;
  /**
   * False when the text is not a new sighting but one moved from elsewhere (a merged person's
   * identifiers moving to the kept person): watches are not alerted again for it.
   */
  alert?: boolean;
};

export type RecordOccurrencesResult = {
  ok: true;
  hits: IdentifierHit[];
  identifiers: number;
  added: number;
  removed: number;
  alerts: number;
  /** True when the text held more distinct identifiers than LIMITS.identifiersPerField. */
  truncated: boolean;
};

export type RecordOccurrencesError = { ok: false; reason: 'reporter_field' | 'too_long' };

type Grouped = { kind: string; key: string; first: IdentifierHit; mentions: number };

const groupHits = (hits: IdentifierHit[]): Grouped[] => {
  const byKey = new Map<string, Grouped>();
  for (const h of hits) {
    const k = `${h.kind}\u0000${h.key}`;
    const g = byKey.get(k);
    if (g) g.mentions += 1;
    else byKey.set(k, { kind: h.kind, key: h.key, first: h, mentions: 1 });
  }

  return [...byKey.values()];
};

/**
 * Extracts the identifiers of one source field and stores them in the index, in one transaction:
 * new identifiers are created, occurrences are inserted or refreshed, occurrences whose identifier
 * disappeared from the text are removed, and every new occurrence raises an alert for each active
 * watch on its identifier. Calling it again with the same text changes nothing and alerts no one.
 */
export const recordOccurrences = async (db: Db, input: RecordOccurrencesInput): Promise<RecordOccurrencesResult | RecordOccurrencesError> => {
  if (isReporterField(input.source.type, input.field)) return { ok: false, reason: 'reporter_field' };
  if (input.source.id.length > LIMITS.sourceId || input.field.length > LIMITS.field || (input.place?.length ?? 0) > LIMITS.place) {
    return { ok: false, reason: 'too_long' };
  }
  const hits = extractIdentifiers(input.text);
  const all = groupHits(hits);
  const grouped = all.slice(0, LIMITS.identifiersPerField);
  const seenAt = input.seenAt ?? new Date();

  return db.transaction(async (tx) => {
    const ids = await upsertIdentifiers(
      tx,
      grouped.map((g) => ({ kind: g.kind, key: g.key, display: displayIdentifier(g.kind, g.key).slice(0, LIMITS.raw) })),
      seenAt,
    );
    const existing = await selectOccurrenceIdsOfField(tx, input.source, input.field);
    const keep = new Set(ids.values());
    const gone = existing.filter((o) => !keep.has(o.identifierId)).map((o) => o.id);
    await deleteOccurrences(tx, gone);
    const rows = await upsertOccurrences(
      tx,
      grouped.map((g) => ({
        identifierId: ids.get(`${g.kind}\u0000${g.key}`) as number,
        sourceType: input.source.type,
        sourceId: input.source.id,
        field: input.field,
        startPos: g.first.start,
        endPos: g.first.end,
        mentions: g.mentions,
        raw: g.first.raw.slice(0, LIMITS.raw),
        seenAt,
        place: input.place ?? null,
      })),
    );
    const added = rows.filter((r) => r.inserted).map((r) => r.id);
    const alerts = input.alert === false ? 0 : await insertAlertsForOccurrences(tx, added);

    return {
      ok: true as const,
      hits,
      identifiers: grouped.length,
      added: added.length,
      removed: gone.length,
      alerts,
      truncated: all.length > grouped.length,
    };
  });
};
