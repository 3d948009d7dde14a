import type { Db } from '../../../db/client.ts';
import { deleteOccurrencesOfSource, deleteOrphanIdentifiers } from '../queries.ts';
import type { SourceRef } from '../sources.ts';

/**
 * Takes a source out of the index, for the retention job or when a report, ad or dossier is
 * deleted: its occurrences go, and identifiers seen nowhere else go too, unless someone watches them
 * or had an alert about them (those keep the identifier, without the deleted source).
 */
export const forgetSource = async (db: Db, source: SourceRef) =>
  db.transaction(async (tx) => {
    const touched = await deleteOccurrencesOfSource(tx, source);
    const identifiersDeleted = await deleteOrphanIdentifiers(tx, touched);

    return { occurrencesOf: touched.length, identifiersDeleted };
  });
