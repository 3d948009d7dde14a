import type { AppContext } from '../../../app/context.ts';
import { personForSubject } from '../../cases/index.ts';
import { conversationForSubject } from '../../decoy/index.ts';
import { reportForSubject, reporterIdentityOf } from '../../intake/index.ts';
import { dayOf, deadlineInForce } from '../requests/deadline.ts';
import { findRecords, type FoundRecord, recordKey } from '../search/find-records.ts';
import type { RefusalGround } from '../requests/kinds.ts';
import { type DecisionRow, type RequestRow, selectDecisions } from '../queries.ts';
import { subjectOf } from '../requests/register-request.ts';
import { type Identity, shieldReporters } from './shield-reporters.ts';

/** Why Vangnet holds each kind of record (AVG art. 15(1)(a)), said once per type in the answer. */
const PURPOSE: Record<string, { nl: string; en: string }> = {
  report: { nl: 'Een melding bij het meldpunt over mogelijke uitbuiting van een minderjarige.', en: 'A report to the reporting point about possible exploitation of a minor.' },
  dossier_person: { nl: 'Een dossier van het onderzoeksteam over mogelijke uitbuiting.', en: 'A dossier of the investigation team about possible exploitation.' },
  decoy_contact: { nl: 'Een gesprek met een lokprofiel van het preventieteam.', en: 'A conversation with a decoy profile of the prevention team.' },
  evidence: { nl: 'Een bewijsstuk in een onderzoek.', en: 'An evidence item in an investigation.' },
  ad: { nl: 'Een openbare advertentie die het team heeft bekeken.', en: 'A public advertisement the team looked at.' },
  dossier: { nl: 'Een dossier van het onderzoeksteam.', en: 'A dossier of the investigation team.' },
};

export type AnswerRecord = {
  type: string;
  date: string;
  role: 'reporter' | 'named';
  purpose: { nl: string; en: string };
  /** The person's data in this record; for a report they did not make: never the reporter. */
  data: Record<string, unknown>;
};

/** The answer: what is given, and what else was decided (counts and grounds, no record content). */
export type Answer = {
  format: 'vangnet.subject-request-answer.v1';
  /** deadlineOn: the deadline in force (extended: two months after the first). */
  request: { kind: string; receivedOn: string; deadlineOn: string; extended: boolean; answeredOn: string };
  given: AnswerRecord[];
  corrected: number;
  restricted: number;
  erased: number;
  refusedGrounds: RefusalGround[];
};

/** The newest decision per record (decisions are append-only). */
export const currentDecisions = (rows: Awaited<ReturnType<typeof selectDecisions>>) => {
  const out = new Map<string, (typeof rows)[number]>();
  for (const r of rows) out.set(recordKey(r.recordType, r.recordId), r);
  return [...out.values()];
};

const occurrencesOf = (r: FoundRecord) => r.occurrences.map((o) => ({ kind: o.kind, identifier: o.display, asWritten: o.raw, field: o.field, seenOn: dayOf(o.seenAt) }));

/** The person's data in one found record, by type, through the owning module's read. */
const dataOf = async (ctx: AppContext, r: FoundRecord, terms: { name: string; phones: string[]; emails: string[] }): Promise<Record<string, unknown> | null> => {
  const identifiers = occurrencesOf(r);
  if (r.type === 'report') {
    const report = await reportForSubject(ctx, r.id, r.role, terms);
    if (!report) return null;
    const { id: _id, createdAt, ...rest } = report;
    return { madeOn: dayOf(createdAt), ...rest, identifiers };
  }
  if (r.type === 'dossier_person') {
    const p = await personForSubject(ctx, r.id);
    if (!p) return null;
    const { id: _id, dossierId: _d, createdAt, ...rest } = p;
    return { recordedOn: dayOf(createdAt), ...rest, identifiers };
  }
  if (r.type === 'decoy_contact') {
    const c = await conversationForSubject(ctx, r.id);
    if (!c) return null;
    const { id: _id, openedAt, closedAt, inbound, ...rest } = c;
    return { openedOn: dayOf(openedAt), closedOn: closedAt ? dayOf(closedAt) : null, ...rest, yourMessages: (inbound ?? []).map((m) => ({ at: m.at.toISOString(), text: m.text })), identifiers };
  }

  return { identifiers };
};

/**
 * Builds the answer from the newest decisions. Roles come from the search again, never from a
 * form, so "reporter" holds only where the identity in the report matches the person. Then every
 * reporter identity of a report the person did not make is shielded from the whole answer.
 */
export const buildAnswer = async (ctx: AppContext, request: RequestRow, answeredOn: Date): Promise<{ answer: Answer; givenRefs: Array<{ type: string; id: string }> }> => {
  const subject = subjectOf(ctx, request);
  const terms = { name: subject.name, phones: subject.phones, emails: subject.emails };
  const decisions = currentDecisions(await selectDecisions(ctx.db, request.id));
  const found = new Map((await findRecords(ctx, subject)).map((r) => [recordKey(r.type, r.id), r]));
  const count = (d: DecisionRow['decision']) => decisions.filter((x) => x.decision === d).length;

  const given: AnswerRecord[] = [];
  const givenRefs: Array<{ type: string; id: string }> = [];
  const others: Identity[] = [];
  for (const d of decisions) {
    const r = found.get(recordKey(d.recordType, d.recordId));
    if (!r) continue;
    if (r.type === 'report' && r.role !== 'reporter') {
      const identity = await reporterIdentityOf(ctx, r.id);
      if (identity) others.push(identity);
    }
    if (d.decision !== 'give') continue;
    const data = await dataOf(ctx, r, terms);
    if (!data) continue;
    givenRefs.push({ type: r.type, id: r.id });
    given.push({ type: r.type, date: dayOf(r.at), role: r.role, purpose: PURPOSE[r.type] ?? PURPOSE.dossier!, data });
  }
  // Also the reporters of reports found but not decided on: their names must not show up in a dossier alias either.
  for (const r of found.values()) {
    if (r.type !== 'report' || r.role === 'reporter' || decisions.some((d) => recordKey(d.recordType, d.recordId) === recordKey(r.type, r.id))) continue;
    const identity = await reporterIdentityOf(ctx, r.id);
    if (identity) others.push(identity);
  }

  const answer: Answer = {
    format: 'vangnet.subject-request-answer.v1',
    request: { kind: request.kind, receivedOn: request.receivedOn, deadlineOn: deadlineInForce(request), extended: request.extendedDeadlineOn !== null, answeredOn: dayOf(answeredOn) },
    given,
    corrected: count('correct'),
    restricted: count('restrict'),
    erased: count('erase'),
    refusedGrounds: [...new Set(decisions.filter((d) => d.decision === 'refuse' && d.ground).map((d) => d.ground as RefusalGround))],
  };

  return { answer: shieldReporters(answer, others).value, givenRefs };
};
