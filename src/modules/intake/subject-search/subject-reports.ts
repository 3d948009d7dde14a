import type { AppContext } from '../../../app/context.ts';
import type { ReporterIdentity } from '../answers.ts';
import { selectConsentHistory, selectIdentityBlob, selectIdentityPage, selectReportByNumber, selectReportsByIds, selectReportsMentioning } from './queries.ts';

/**
 * Reads for a data-subject request (issue 19 point 5), used by the subject-requests module. The
 * caller (the privacy officer's request) has checked access and logs the search. The reporter's
 * identity leaves this file only through `reportForSubject` with role 'reporter' — when the person
 * asking is that reporter — and through `reporterIdentityOf`, which the caller uses to make sure
 * the identity is in no answer to anybody else.
 */

export type SubjectTerms = { name: string; phones: string[]; emails: string[] };

/** How many reports a name search lists: a request is about one person, not a trawl. */
export const SUBJECT_REPORT_LIMIT = 100;

const norm = (s: string) => s.normalize('NFKC').toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim();
const digits = (s: string) => {
  const d = s.replace(/\D/g, '');
  return d.startsWith('31') ? `0${d.slice(2)}` : d.startsWith('0031') ? `0${d.slice(4)}` : d;
};

/** Top-level answer fields whose text contains the name (for "found in: perpetrators"). */
const fieldsNaming = (answers: Record<string, unknown>, name: string): string[] => {
  const n = norm(name);
  return Object.entries(answers)
    .filter(([, v]) => (typeof v === 'string' ? norm(v).includes(n) : Array.isArray(v) && v.some((x) => typeof x === 'string' && norm(x).includes(n))))
    .map(([k]) => k);
};

/** Reports whose answers name the person; with the fields that name them. Names under 3 characters find nothing. */
export const findReportsNaming = async (ctx: AppContext, name: string): Promise<Array<{ id: string; createdAt: Date; fields: string[] }>> => {
  const term = name.trim();
  if ([...term].length < 3) return [];
  const rows = await selectReportsMentioning(ctx.db, term, SUBJECT_REPORT_LIMIT);

  return rows.map((r) => ({ id: r.id, createdAt: r.createdAt, fields: fieldsNaming(r.answers, term) })).filter((r) => r.fields.length > 0);
};

const decryptIdentity = (ctx: AppContext, enc: string | null): ReporterIdentity | null => (enc ? (JSON.parse(ctx.keys.decryptText(enc)) as ReporterIdentity) : null);

/** The reporter's identity of a report (null when anonymous): only to keep it out of an answer. */
export const reporterIdentityOf = async (ctx: AppContext, reportId: string): Promise<ReporterIdentity | null> => decryptIdentity(ctx, await selectIdentityBlob(ctx.db, reportId));

/** Does the identity match the person (same name, e-mail or phone number)? */
const identityMatches = (identity: ReporterIdentity, terms: SubjectTerms): boolean =>
  (!!identity.name && !!terms.name.trim() && norm(identity.name) === norm(terms.name)) ||
  (!!identity.email && terms.emails.some((e) => norm(e) === norm(identity.email ?? ''))) ||
  (!!identity.phone && digits(identity.phone).length >= 6 && terms.phones.some((p) => digits(p) === digits(identity.phone ?? '')));

/**
 * The report with this number when the person asking is its reporter (their name, e-mail or phone
 * is the identity given in it); otherwise null. A report number alone proves nothing.
 */
export const findReportAsReporter = async (ctx: AppContext, number: string, terms: SubjectTerms): Promise<{ id: string; createdAt: Date } | null> => {
  const row = await selectReportByNumber(ctx.db, number.trim().toUpperCase());
  if (!row) return null;
  const identity = await reporterIdentityOf(ctx, row.id);

  return identity && identityMatches(identity, terms) ? row : null;
};

/** Does the identity hold the person's own e-mail address or phone number? (No name: many people share one.) */
const contactMatches = (identity: ReporterIdentity, terms: SubjectTerms): boolean =>
  (!!identity.email && terms.emails.some((e) => norm(e) === norm(identity.email ?? ''))) ||
  (!!identity.phone && digits(identity.phone).length >= 6 && terms.phones.some((p) => digits(p) === digits(identity.phone ?? '')));

/** How many identities one page of the scan decrypts. */
const IDENTITY_PAGE = 500;

/**
 * The reports the person made themselves, found without a report number: every reporter identity
 * is encrypted, so this decrypts them page by page and keeps the reports whose identity holds the
 * person's e-mail address or phone number. A name alone is not enough here (two people can share a
 * name, and the other one's report must never be given); with a report number the name counts too
 * (`findReportAsReporter`). At most SUBJECT_REPORT_LIMIT reports. The cost grows with the number of
 * reports that have an identity (the privacy officer's rare search; see the subject-requests README).
 */
export const findReportsAsReporter = async (ctx: AppContext, terms: SubjectTerms): Promise<Array<{ id: string; createdAt: Date }>> => {
  if (terms.emails.length === 0 && !terms.phones.some((p) => digits(p).length >= 6)) return [];
  const out: Array<{ id: string; createdAt: Date }> = [];
  let after: string | null = null;
  for (;;) {
    const page = await selectIdentityPage(ctx.db, after, IDENTITY_PAGE);
    for (const row of page) {
      const identity = decryptIdentity(ctx, row.enc);
      if (identity && contactMatches(identity, terms)) out.push({ id: row.reportId, createdAt: row.createdAt });
      if (out.length >= SUBJECT_REPORT_LIMIT) return out;
    }
    if (page.length < IDENTITY_PAGE) return out;
    after = page[page.length - 1]?.reportId ?? null;
  }
};

export type ReportForSubject = {
  id: string;
  createdAt: Date;
  status: string;
  channel: string;
  /** Only for the reporter themselves. */
  number?: string;
  identity?: ReporterIdentity;
  answers?: Record<string, unknown>;
  consents?: Array<{ purpose: string; granted: boolean; at: Date }>;
  /** For a person named in the report: the fields that name them, never the text around it. */
  namedIn?: string[];
};

/**
 * What a report holds about the person. As its reporter: the identity, answers and consents. As a
 * person named in it: when, its status and which fields name them — no free text, no number, and
 * never the reporter's identity (the rights of others, AVG art. 15(4)).
 */
export const reportForSubject = async (ctx: AppContext, reportId: string, role: 'reporter' | 'named', terms: SubjectTerms): Promise<ReportForSubject | null> => {
  const [row] = await selectReportsByIds(ctx.db, [reportId]);
  if (!row) return null;
  const base = { id: row.id, createdAt: row.createdAt, status: row.status, channel: row.channel };
  if (role === 'named') return { ...base, namedIn: terms.name.trim() ? fieldsNaming(row.answers, terms.name) : [] };
  const identity = await reporterIdentityOf(ctx, row.id);
  if (!identity || !identityMatches(identity, terms)) return { ...base, namedIn: [] };

  return { ...base, number: row.number, identity, answers: row.answers, consents: await selectConsentHistory(ctx.db, row.id) };
};
