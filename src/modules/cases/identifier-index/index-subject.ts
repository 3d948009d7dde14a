import type { Db } from '../../../db/client.ts';
import { forgetSource, recordOccurrences, LIMITS, type SourceRef } from '../../identifiers/index.ts';

type Log = { error: (obj: object, msg: string) => void };
type IndexedSubject = { id: string; dossierId: string; name: string; aliases: string; description: string; place: string; updatedAt?: Date | null };

export const subjectSource = (dossierId: string, subjectId: string): SourceRef => ({ type: 'dossier_person', id: `${dossierId}/${subjectId}` });

/**
 * Puts the identifiers of a person in a dossier in the identifier index (issue 5 point 2), inside the
 * transaction that stores the person, so the index never lists a number the dossier no longer holds.
 * One field for the names and aliases, one for the description; each call replaces that field's
 * earlier occurrences, so an edit that removes a number removes its occurrence too. A failure of the
 * index rolls back only its own savepoint: the person is still saved.
 *
 * With `into`, the person was merged into another: its texts are indexed under the kept person, in
 * fields of their own (`merged:<id>:names`), so "where else" points at a person that still exists and
 * an edit of the kept person does not drop them. Such a move alerts no watch: nothing new was seen.
 */
export const indexSubject = async (tx: Db, log: Log, subject: IndexedSubject, options: { into?: string } = {}): Promise<void> => {
  const source = subjectSource(subject.dossierId, options.into ?? subject.id);
  const prefix = options.into ? `merged:${subject.id}:` : '';
  const place = subject.place.trim() ? subject.place.trim().slice(0, LIMITS.place) : null;
  const fields = { names: [subject.name, subject.aliases].filter((s) => s.trim()).join('\n'), description: subject.description };
  for (const [field, text] of Object.entries(fields)) {
    try {
      const result = await recordOccurrences(tx, { source, field: `${prefix}${field}`, text, seenAt: subject.updatedAt ?? new Date(), place, alert: !options.into });
      if (!result.ok) log.error({ subjectId: subject.id, field, reason: result.reason }, 'cases: person not indexed');
    } catch (err) {
      log.error({ subjectId: subject.id, field, err: (err as Error).message }, 'cases: person not indexed');
    }
  }
};

/** The person that stands for this one now: itself, or the end of its chain of merges. */
export const survivorOf = (people: ReadonlyArray<{ id: string; mergedInto: string | null }>, id: string): string => {
  const byId = new Map(people.map((p) => [p.id, p]));
  let current = id;
  // A chain longer than the dossier's people would be a loop; stop rather than spin.
  for (let i = 0; i <= people.length; i += 1) {
    const next = byId.get(current)?.mergedInto;
    if (!next) return current;
    current = next;
  }

  return current;
};

/**
 * After a merge (issue 5 point 6): every person that now stands under `keptId` (the one just merged,
 * and any merged into it before) is indexed under the kept person, then its own source is forgotten.
 * Indexing first means an identifier seen only there is moved, never deleted and re-created.
 */
export const moveMergedOccurrences = async (tx: Db, log: Log, people: ReadonlyArray<IndexedSubject & { mergedInto: string | null }>, keptId: string): Promise<void> => {
  for (const p of people) {
    if (p.id === keptId || !p.mergedInto || survivorOf(people, p.id) !== keptId) continue;
    await indexSubject(tx, log, p, { into: keptId });
    await forgetSource(tx, subjectSource(p.dossierId, p.id));
  }
};
