import type { Db } from '../../../db/client.ts';
import type { ConsentRow, DossierRow, ExceptionRow } from '../queries/shared.ts';
import { listConsents, listExceptions } from '../queries/consent.ts';
import { listReportConsents } from '../queries/handover.ts';
import { listSubjects } from '../queries/people.ts';
import { type AgeBand, ownConsentBandOfReport, REPORT_CONSENT_PURPOSE, bandOfVictims, consentCountsForAge, purposeEn, purposeNl, youngestBand } from '../../../app/consent-age.ts';
import type { ConsentPurpose } from '../vocab.ts';

export type HandOverCheck =
  | {
      ok: true;
      basis: { kind: 'consent'; consent: ConsentRow } | { kind: 'report_consent'; reportId: string; consentId: number; givenAt: Date } | { kind: 'exception'; exception: ExceptionRow };
      reason: { nl: string; en: string };
    }
  | { ok: false; reason: { nl: string; en: string } };


/**
 * Hard rule 3: may this dossier go out for this purpose? Yes only with a consent for exactly that
 * purpose that was not withdrawn, or an exception (acute danger, conflict of duties) that a second
 * person approved. The answer always says why, so the page and the audit log can show it.
 */
export const canHandOver = async (db: Db, dossier: Pick<DossierRow, 'id'>, purpose: ConsentPurpose): Promise<HandOverCheck> => {
  const consents = await listConsents(db, dossier.id);
  // The age rule (src/app/consent-age.ts): a consent the victim gave (or a parent for her or him)
  // counts only when her or his age allows it. Ages recorded later apply to older consents too.
  const victims = bandOfVictims(await listSubjects(db, dossier.id));
  const ageProblems: { nl: string; en: string }[] = [];
  const countsForAge = (giver: string, band: AgeBand) => {
    if (giver !== 'victim' && giver !== 'guardian') return true;
    const answer = consentCountsForAge(giver, purpose, band);
    if (!answer.ok) ageProblems.push(answer.reason);
    return answer.ok;
  };
  const valid = consents.filter((c) => c.purpose === purpose && !c.withdrawnAt && countsForAge(c.givenBy, victims));
  const consent = valid.at(-1);
  if (consent) {
    return {
      ok: true,
      basis: { kind: 'consent', consent },
      reason: { nl: `Er is geldige toestemming voor ${purposeNl[purpose]} (vastgelegd op ${consent.givenOn}).`, en: `There is valid consent for ${purposeEn[purpose]} (recorded on ${consent.givenOn}).` },
    };
  }
  // The reporter's own choice in the report (form or follow-up messages) counts too: the newest row
  // per report decides, so a later "no" withdraws an earlier "yes". A victim who reports for herself
  // or himself gives her or his own consent: the same age rule applies (the form's age, or the
  // dossier's, whichever is younger).
  if (Object.values(REPORT_CONSENT_PURPOSE).includes(purpose)) {
    const seen = new Set<string>();
    for (const row of await listReportConsents(db, dossier.id)) {
      if (REPORT_CONSENT_PURPOSE[row.purpose] !== purpose || seen.has(row.reportId)) continue;
      seen.add(row.reportId);
      if (!row.granted) continue;
      const own = ownConsentBandOfReport(row.reporterKind, row);
      if (own && !countsForAge('victim', youngestBand([own, victims]))) continue;
      return {
        ok: true,
        basis: { kind: 'report_consent', reportId: row.reportId, consentId: row.id, givenAt: row.createdAt },
        reason: { nl: `De melder gaf in de melding toestemming voor ${purposeNl[purpose]}.`, en: `The reporter gave consent for ${purposeEn[purpose]} in the report.` },
      };
    }
  }
  const exceptions = await listExceptions(db, dossier.id);
  const exception = exceptions.filter((e) => e.purpose === purpose && e.decision === 'approved' && e.decidedBy && e.decidedBy !== e.requestedBy).at(-1);
  if (exception) {
    return {
      ok: true,
      basis: { kind: 'exception', exception },
      reason: { nl: `Er is een goedgekeurde uitzondering voor ${purposeNl[purpose]}.`, en: `There is an approved exception for ${purposeEn[purpose]}.` },
    };
  }
  const withdrawn = consents.some((c) => c.purpose === purpose && c.withdrawnAt);
  const age = ageProblems[0];
  if (age) {
    return {
      ok: false,
      reason: {
        nl: `De toestemming voor ${purposeNl[purpose]} telt niet: ${age.nl}`,
        en: `The consent for ${purposeEn[purpose]} does not count: ${age.en}`,
      },
    };
  }

  return {
    ok: false,
    reason: withdrawn
      ? { nl: `De toestemming voor ${purposeNl[purpose]} is ingetrokken. Zonder nieuwe toestemming of goedgekeurde uitzondering mag het dossier niet weg.`, en: `The consent for ${purposeEn[purpose]} was withdrawn. Without new consent or an approved exception the dossier may not leave.` }
      : { nl: `Er is geen toestemming voor ${purposeNl[purpose]} en geen goedgekeurde uitzondering. Leg eerst toestemming vast, of vraag een uitzondering aan.`, en: `There is no consent for ${purposeEn[purpose]} and no approved exception. Record consent first, or request an exception.` },
  };
};

/** A short, stable reference to what allowed it, for the handover record and the audit log. */
export const basisLabel = (check: Extract<HandOverCheck, { ok: true }>): string => {
  const b = check.basis;
  if (b.kind === 'consent') return `consent:${b.consent.id}`;
  if (b.kind === 'report_consent') return `report_consent:${b.consentId}`;

  return `exception:${b.exception.id}`;
};
