import type { Db } from '../../../db/client.ts';
import { recordOccurrences } from '../../identifiers/index.ts';

type Log = { error: (obj: object, msg: string) => void };

/** The index fields of the dossier's own texts: one per note and per signal, and the summary. */
export const noteField = (noteId: string) => `note:${noteId}`;
export const signalField = (signalId: string) => `signal:${signalId}`;
export const SUMMARY_FIELD = 'summary';

/**
 * Puts the identifiers of one of the dossier's own texts (a note, a signal, the summary) in the
 * identifier index as source `dossier`, inside the transaction that saves the text, as indexSubject
 * does for people. Each call replaces that field's earlier occurrences, so an edit that removes a
 * number removes its occurrence. A failure of the index rolls back only its own savepoint (the text
 * is still saved) and is logged; `vangnet reindex` repairs it later.
 */
export const indexDossierText = async (tx: Db, log: Log, input: { dossierId: string; field: string; text: string; seenAt?: Date | null }): Promise<void> => {
  try {
    const result = await recordOccurrences(tx, { source: { type: 'dossier', id: input.dossierId }, field: input.field, text: input.text, seenAt: input.seenAt ?? new Date() });
    if (!result.ok) log.error({ dossierId: input.dossierId, field: input.field, reason: result.reason }, 'cases: dossier text not indexed');
  } catch (err) {
    log.error({ dossierId: input.dossierId, field: input.field, err: (err as Error).message }, 'cases: dossier text not indexed');
  }
};

/** A signal's text and its source ("Instagram-profiel @x") both may name an identifier. */
export const signalText = (s: { text: string; source: string }) => `${s.text}\n${s.source}`;

/** When a signal was seen: the day it was observed if known, else when it was recorded. */
export const signalSeenAt = (s: { observedOn: string | null; createdAt: Date }) => (s.observedOn ? new Date(`${s.observedOn}T12:00:00Z`) : s.createdAt);
