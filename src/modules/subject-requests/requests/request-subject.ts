import type { FormBody } from '../../../app/forms.ts';
import { field } from '../../../app/forms.ts';
import { dayOf, daysBetween, parseDay } from './deadline.ts';
import { type IdentityCheck, isIdentityCheck, isRequestKind, type RequestKind } from './kinds.ts';

/**
 * Who asks and how to find them: kept as one encrypted value (schema.ts), never in the clear, never
 * in a log. The search uses exactly these terms, so no name or number travels in a URL.
 */
export type RequestSubject = {
  name: string;
  phones: string[];
  emails: string[];
  handles: string[];
  reportNumber: string;
  identityNote: string;
};

export type RequestInput = { kind: RequestKind; identityCheck: IdentityCheck; receivedOn: string; subject: RequestSubject };

/** What the form held, as typed, to show again after a refusal. */
export type RequestValues = { kind: string; name: string; phones: string; emails: string; handles: string; reportNumber: string; identityCheck: string; identityNote: string; receivedOn: string };

export type RequestProblem = 'kind' | 'name' | 'phones' | 'emails' | 'handles' | 'reportNumber' | 'identity' | 'identityNote' | 'received';

export const LINE_LIMIT = 200;
export const LINES_MAX = 10;
export const NAME_LIMIT = 200;
export const NOTE_LIMIT = 2000;

export const requestValues = (body: FormBody): RequestValues => ({
  kind: field(body, 'soort').slice(0, 40),
  name: field(body, 'naam').slice(0, NAME_LIMIT + 1),
  phones: field(body, 'telefoons').slice(0, 4000),
  emails: field(body, 'emails').slice(0, 4000),
  handles: field(body, 'accounts').slice(0, 4000),
  reportNumber: field(body, 'meldnummer').slice(0, 40),
  identityCheck: field(body, 'controle').slice(0, 40),
  identityNote: field(body, 'controle_notitie').slice(0, NOTE_LIMIT + 1),
  receivedOn: field(body, 'ontvangen').slice(0, 20),
});

const lines = (value: string): string[] | null => {
  const out = value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (out.length > LINES_MAX || out.some((l) => [...l].length > LINE_LIMIT)) return null;

  return [...new Set(out)];
};

/** Checks the registration form; the received day may not lie after today or more than a year back. */
export const parseRequest = (v: RequestValues, now: Date): { ok: true; input: RequestInput } | { ok: false; problems: RequestProblem[] } => {
  const problems: RequestProblem[] = [];
  if (!isRequestKind(v.kind)) problems.push('kind');
  const name = v.name.trim().replace(/\s+/g, ' ');
  const phones = lines(v.phones);
  const emails = lines(v.emails);
  const handles = lines(v.handles);
  if (!phones) problems.push('phones');
  if (!emails) problems.push('emails');
  if (!handles) problems.push('handles');
  if ([...name].length > NAME_LIMIT || (name.length === 0 && !phones?.length && !emails?.length && !handles?.length)) problems.push('name');
  const reportNumber = v.reportNumber.trim().toUpperCase();
  if (reportNumber && !/^[A-Z0-9]{1,20}$/.test(reportNumber)) problems.push('reportNumber');
  if (!isIdentityCheck(v.identityCheck)) problems.push('identity');
  const identityNote = v.identityNote.trim();
  if ([...identityNote].length > NOTE_LIMIT || (v.identityCheck === 'other' && identityNote.length === 0)) problems.push('identityNote');
  const receivedOn = parseDay(v.receivedOn);
  const age = receivedOn ? daysBetween(receivedOn, dayOf(now)) : -1;
  if (!receivedOn || age < 0 || age > 366) problems.push('received');
  if (problems.length > 0 || !isRequestKind(v.kind) || !isIdentityCheck(v.identityCheck) || !receivedOn) return { ok: false, problems };

  return {
    ok: true,
    input: { kind: v.kind, identityCheck: v.identityCheck, receivedOn, subject: { name, phones: phones ?? [], emails: emails ?? [], handles: handles ?? [], reportNumber, identityNote } },
  };
};
