import type { Db } from '../../db/client.ts';
import { recordOccurrences } from '../identifiers/record-occurrences.ts';
import { LIMITS } from '../identifiers/sources.ts';

type IndexedSubject = { id: string; dossierId: string; name: string; aliases: string; description: string; place: string; updatedAt?: Date | null };

/**
 * Puts the identifiers of a person in a dossier in the identifier index (issue 5 point 2), inside the
 * transaction that stores the person, so the index never lists a number the dossier no longer holds.
 * One field for the names and aliases, one for the description; each call replaces that field's
 * earlier occurrences, so an edit that removes a number removes its occurrence too. A failure of the
 * index rolls back only its own savepoint: the person is still saved.
 */
export const indexSubject = async (tx: Db, log: { error: (obj: object, msg: string) => void }, subject: IndexedSubject): Promise<void> => {
  const source = { type: 'dossier_person' as const, id: `${subject.dossierId}/${subject.id}` };
  const place = subject.place.trim() ? subject.place.trim().slice(0, LIMITS.place) : null;
  const fields = { names: [subject.name, subject.aliases].filter((s) => s.trim()).join('\n'), description: subject.description };
  for (const [field, text] of Object.entries(fields)) {
    try {
      const result = await recordOccurrences(tx, { source, field, text, seenAt: subject.updatedAt ?? new Date(), place });
      if (!result.ok) log.error({ subjectId: subject.id, field, reason: result.reason }, 'cases: person not indexed');
    } catch (err) {
      log.error({ subjectId: subject.id, field, err: (err as Error).message }, 'cases: person not indexed');
    }
  }
};
