import type { Db } from '../../../db/client.ts';
import { extractIdentifiers } from '../extraction/extract-identifiers.ts';
import { selectIdentifierIds, selectOccurrencesOf } from './queries.ts';

/**
 * The identifier index for a data-subject request (issue 19 point 5): every place the person's
 * phone numbers, e-mail addresses and handles were seen. The caller (subject-requests) has checked
 * the privacy officer's access and logs the search. Occurrences hold no reporter data (sources.ts).
 */

export const SUBJECT_OCCURRENCE_LIMIT = 500;

export type SubjectOccurrence = {
  kind: string;
  display: string;
  sourceType: string;
  sourceId: string;
  field: string;
  raw: string;
  seenAt: Date;
};

/** A handle as typed ("@Testje_VB", "snapchat: testje_vb") to the handle part of an account key. */
const handleKey = (value: string): string => {
  const v = value.trim().toLowerCase();
  const h = v.includes(':') ? v.slice(v.indexOf(':') + 1) : v;
  return h.trim().replace(/^@/, '');
};

export const findOccurrencesForSubject = async (db: Db, terms: { phones: string[]; emails: string[]; handles: string[] }): Promise<SubjectOccurrence[]> => {
  const keys = [...terms.phones, ...terms.emails].flatMap((t) => extractIdentifiers(t).filter((h) => h.kind === 'phone' || h.kind === 'email').map((h) => ({ kind: h.kind, key: h.key })));
  for (const h of terms.handles) for (const hit of extractIdentifiers(h)) if (hit.kind === 'account') keys.push({ kind: hit.kind, key: hit.key });
  const handles = terms.handles.map(handleKey).filter((h) => h.length >= 2);
  const ids = await selectIdentifierIds(db, keys, handles);
  const byId = new Map(ids.map((i) => [i.id, i]));
  const rows = await selectOccurrencesOf(db, [...byId.keys()], SUBJECT_OCCURRENCE_LIMIT);

  return rows.map((r) => {
    const id = byId.get(r.identifierId);
    return { kind: id?.kind ?? '', display: id?.display ?? '', sourceType: r.sourceType, sourceId: r.sourceId, field: r.field, raw: r.raw, seenAt: r.seenAt };
  });
};
