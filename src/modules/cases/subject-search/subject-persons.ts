import type { AppContext } from '../../../app/context.ts';
import { isUuid } from '../../../app/forms.ts';
import { selectPerson, selectPersonsNamed } from './queries.ts';

/**
 * Reads for a data-subject request (issue 19 point 5), used by the subject-requests module, which
 * has checked the privacy officer's access and logs the search. A person record says what the
 * dossier holds about that one person; the rest of the dossier (other people, notes) is not in it.
 */

export const SUBJECT_PERSON_LIMIT = 100;

export type PersonForSubject = NonNullable<Awaited<ReturnType<typeof selectPerson>>>;

/** Dossier persons whose name or aliases contain the name; names under 3 characters find nothing. */
export const findPersonsNamed = async (ctx: AppContext, name: string): Promise<PersonForSubject[]> => {
  const term = name.trim();
  if ([...term].length < 3) return [];

  return selectPersonsNamed(ctx.db, term, SUBJECT_PERSON_LIMIT);
};

/** One dossier person, for the answer to a request. */
export const personForSubject = async (ctx: AppContext, id: string): Promise<PersonForSubject | null> => (isUuid(id) ? selectPerson(ctx.db, id) : null);
