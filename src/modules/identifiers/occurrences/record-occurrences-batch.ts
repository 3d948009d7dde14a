import type { Db } from '../../../db/client.ts';
import { displayIdentifier } from '../extraction/display-identifier.ts';
import { extractIdentifiers } from '../extraction/extract-identifiers.ts';
import type { IdentifierHit } from '../identifier-kinds.ts';
import { deleteOccurrences, insertAlertsForOccurrences, selectOccurrenceIdsOfFields, upsertIdentifiersSeen, upsertOccurrences } from '../queries.ts';
import { isReporterField, LIMITS } from '../sources.ts';
import type { RecordOccurrencesError, RecordOccurrencesInput, RecordOccurrencesResult } from './record-occurrences.ts';

export type RecordOccurrencesBatchInput = RecordOccurrencesInput & {
  /**
   * extractIdentifiers(text), when the caller already ran it on exactly this text (the crawler
   * does, to score the ad): extraction is most of the CPU of indexing, so it is not done twice.
   */
  hits?: IdentifierHit[];
};

type Prepared = {
  index: number;
  input: RecordOccurrencesBatchInput;
  hits: IdentifierHit[];
  grouped: Array<{ kind: string; key: string; first: IdentifierHit; mentions: number }>;
  truncated: boolean;
  seenAt: Date;
};

const keyOf = (kind: string, key: string) => `${kind}\u0000${key}`;

const prepare = (input: RecordOccurrencesBatchInput, index: number, now: Date): Prepared => {
  const hits = input.hits ?? extractIdentifiers(input.text);
  const byKey = new Map<string, Prepared['grouped'][number]>();
  for (const h of hits) {
    const g = byKey.get(keyOf(h.kind, h.key));
    if (g) g.mentions += 1;
    else byKey.set(keyOf(h.kind, h.key), { kind: h.kind, key: h.key, first: h, mentions: 1 });
  }
  const all = [...byKey.values()];
  return { index, input, hits, grouped: all.slice(0, LIMITS.identifiersPerField), truncated: all.length > LIMITS.identifiersPerField, seenAt: input.seenAt ?? now };
};

/**
 * One round: every (source, field) at most once, so each statement touches a row once.
 * Same steps as recordOccurrences, each one statement for the whole round instead of per source.
 */
const recordRound = async (tx: Db, round: Prepared[], results: Array<RecordOccurrencesResult | RecordOccurrencesError>) => {
  // Each identifier once, seen from the batch's earliest to its latest sighting.
  const seen = new Map<string, { kind: string; key: string; display: string; firstSeenAt: Date; lastSeenAt: Date }>();
  for (const p of round) {
    for (const g of p.grouped) {
      const k = keyOf(g.kind, g.key);
      const s = seen.get(k);
      if (!s) seen.set(k, { kind: g.kind, key: g.key, display: displayIdentifier(g.kind, g.key).slice(0, LIMITS.raw), firstSeenAt: p.seenAt, lastSeenAt: p.seenAt });
      else {
        if (p.seenAt < s.firstSeenAt) s.firstSeenAt = p.seenAt;
        if (p.seenAt > s.lastSeenAt) s.lastSeenAt = p.seenAt;
      }
    }
  }
  const ids = await upsertIdentifiersSeen(tx, [...seen.values()]);

  // Occurrences whose identifier left the text, per (source type, field).
  const gone: number[] = [];
  const removed = new Map<number, number>();
  const byField = new Map<string, Prepared[]>();
  for (const p of round) {
    const k = keyOf(p.input.source.type, p.input.field);
    const list = byField.get(k);
    if (list) list.push(p);
    else byField.set(k, [p]);
  }
  for (const list of byField.values()) {
    const first = list[0] as Prepared;
    const bySource = new Map(list.map((p) => [p.input.source.id, p]));
    const existing = await selectOccurrenceIdsOfFields(
      tx,
      first.input.source.type,
      list.map((p) => p.input.source.id),
      first.input.field,
    );
    const keep = new Map(list.map((p) => [p.input.source.id, new Set(p.grouped.map((g) => ids.get(keyOf(g.kind, g.key))))]));
    for (const o of existing) {
      if (keep.get(o.sourceId)?.has(o.identifierId)) continue;
      gone.push(o.id);
      const p = bySource.get(o.sourceId) as Prepared;
      removed.set(p.index, (removed.get(p.index) ?? 0) + 1);
    }
  }
  for (let i = 0; i < gone.length; i += 1000) await deleteOccurrences(tx, gone.slice(i, i + 1000));

  const rows = round.flatMap((p) =>
    p.grouped.map((g) => ({
      identifierId: ids.get(keyOf(g.kind, g.key)) as number,
      sourceType: p.input.source.type,
      sourceId: p.input.source.id,
      field: p.input.field,
      startPos: g.first.start,
      endPos: g.first.end,
      mentions: g.mentions,
      raw: g.first.raw.slice(0, LIMITS.raw),
      seenAt: p.seenAt,
      place: p.input.place ?? null,
    })),
  );
  const fieldKey = (type: string, id: string, field: string) => `${type}\u0000${id}\u0000${field}`;
  const owner = new Map(round.map((p) => [fieldKey(p.input.source.type, p.input.source.id, p.input.field), p]));
  const added = new Map<number, number[]>();
  for (let i = 0; i < rows.length; i += 1000) {
    for (const r of await upsertOccurrences(tx, rows.slice(i, i + 1000))) {
      if (!r.inserted) continue;
      const p = owner.get(fieldKey(r.sourceType, r.sourceId, r.field)) as Prepared;
      const list = added.get(p.index);
      if (list) list.push(r.id);
      else added.set(p.index, [r.id]);
    }
  }
  // Alerts per source, so each result says how many it raised (as recordOccurrences does).
  const alerting = round.filter((p) => p.input.alert !== false).flatMap((p) => added.get(p.index) ?? []);
  let alerts = 0;
  for (let i = 0; i < alerting.length; i += 1000) alerts += await insertAlertsForOccurrences(tx, alerting.slice(i, i + 1000));
  for (const p of round) {
    results[p.index] = {
      ok: true,
      hits: p.hits,
      identifiers: p.grouped.length,
      added: added.get(p.index)?.length ?? 0,
      removed: removed.get(p.index) ?? 0,
      // Counted for the batch as a whole (one statement); given on the first result of the round.
      alerts: p === round[0] ? alerts : 0,
      truncated: p.truncated,
    };
  }
};

/**
 * recordOccurrences for many source fields at once, in one transaction with a handful of
 * statements instead of five per field (the crawler stores ads in batches: issue 13). The rows it
 * leaves are the same as recording each input in turn with recordOccurrences. A (source, field)
 * given twice is recorded in a second round, after the first, as a second call would be.
 *
 * Results come in the order of the inputs; `alerts` is the number raised by the whole batch,
 * reported on the first result of each round (the statement does not say which source raised which).
 */
export const recordOccurrencesBatch = async (db: Db, inputs: RecordOccurrencesBatchInput[]): Promise<Array<RecordOccurrencesResult | RecordOccurrencesError>> => {
  const results: Array<RecordOccurrencesResult | RecordOccurrencesError> = new Array(inputs.length);
  const now = new Date();
  const rounds: Prepared[][] = [];
  const roundOf = new Map<string, number>();
  inputs.forEach((input, index) => {
    if (isReporterField(input.source.type, input.field)) {
      results[index] = { ok: false, reason: 'reporter_field' };
      return;
    }
    if (input.source.id.length > LIMITS.sourceId || input.field.length > LIMITS.field || (input.place?.length ?? 0) > LIMITS.place) {
      results[index] = { ok: false, reason: 'too_long' };
      return;
    }
    const k = `${input.source.type}\u0000${input.source.id}\u0000${input.field}`;
    const r = roundOf.has(k) ? (roundOf.get(k) as number) + 1 : 0;
    roundOf.set(k, r);
    if (!rounds[r]) rounds[r] = [];
    (rounds[r] as Prepared[]).push(prepare(input, index, now));
  });
  if (rounds.length === 0) return results;

  await db.transaction(async (tx) => {
    for (const round of rounds) await recordRound(tx, round, results);
  });

  return results;
};
