import type { AppContext } from '../../../app/context.ts';
import { findPersonsNamed } from '../../cases/index.ts';
import { findConversationsWith } from '../../decoy/index.ts';
import { findOccurrencesForSubject } from '../../identifiers/index.ts';
import { findReportAsReporter, findReportsAsReporter, findReportsNaming } from '../../intake/index.ts';
import { isRecordType, type RecordType } from '../requests/kinds.ts';
import type { RequestSubject } from '../requests/request-subject.ts';

/** One record that holds something about the person, with how it was found. */
export type FoundRecord = {
  type: RecordType;
  id: string;
  /** When the record (or the newest mention in it) was made. */
  at: Date;
  /** What matched: 'name', 'report_number', 'reporter_contact' (their e-mail or phone as this report's reporter), or an identifier ("phone +31612340001"). */
  via: string[];
  /** 'reporter' only when the person is this report's reporter (checked against its identity). */
  role: 'reporter' | 'named';
  /** The identifier occurrences in this record (for the answer: their data as written there). */
  occurrences: Array<{ kind: string; display: string; field: string; raw: string; seenAt: Date }>;
};

export const recordKey = (type: string, id: string) => `${type}:${id}`;

/**
 * Finds the person in reports (named in the answers; as reporter with the report number, or by their
 * own e-mail or phone in the report's identity), dossier
 * persons, decoy conversations and the identifier index. Writes nothing: `searchSubject` is the
 * logged search the page uses; commands use this to check a record belongs to the request.
 */
export const findRecords = async (ctx: AppContext, s: RequestSubject): Promise<FoundRecord[]> => {
  const terms = { name: s.name, phones: s.phones, emails: s.emails };
  const [occurrences, named, asReporter, ownReports, persons, conversations] = await Promise.all([
    findOccurrencesForSubject(ctx.db, { phones: s.phones, emails: s.emails, handles: s.handles }),
    findReportsNaming(ctx, s.name),
    s.reportNumber ? findReportAsReporter(ctx, s.reportNumber, terms) : Promise.resolve(null),
    // Without a number too: the reports whose reporter gave the person's own e-mail or phone.
    findReportsAsReporter(ctx, terms),
    findPersonsNamed(ctx, s.name),
    findConversationsWith(ctx, { handles: s.handles, phones: s.phones, emails: s.emails }),
  ]);
  const found = new Map<string, FoundRecord>();
  const add = (type: RecordType, id: string, at: Date, via: string) => {
    const key = recordKey(type, id);
    const r = found.get(key) ?? { type, id, at, via: [], role: 'named' as const, occurrences: [] };
    if (!r.via.includes(via)) r.via.push(via);
    if (at > r.at) r.at = at;
    found.set(key, r);
    return r;
  };

  for (const o of occurrences) {
    if (!isRecordType(o.sourceType)) continue;
    add(o.sourceType, o.sourceId, o.seenAt, `${o.kind} ${o.display}`).occurrences.push({ kind: o.kind, display: o.display, field: o.field, raw: o.raw, seenAt: o.seenAt });
  }
  for (const r of named) add('report', r.id, r.createdAt, 'name');
  for (const p of persons) add('dossier_person', p.id, p.createdAt, 'name');
  for (const c of conversations) add('decoy_contact', c.id, c.openedAt, 'contact');
  for (const own of ownReports) add('report', own.id, own.createdAt, 'reporter_contact').role = 'reporter';
  if (asReporter) {
    const r = add('report', asReporter.id, asReporter.createdAt, 'report_number');
    r.role = 'reporter';
  }

  return [...found.values()].sort((a, b) => a.type.localeCompare(b.type) || b.at.getTime() - a.at.getTime());
};
