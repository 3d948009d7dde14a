import { type AgeBand, consentCountsForAge, ownConsentBandOfReport, REPORT_CONSENT_PURPOSE } from '../../../app/consent-age.ts';
import { CONSENT_PURPOSES, type ConsentPurpose } from '../answers.ts';

/** The bands a reporter can be told about, oldest first (the order the consent step lists them in). */
export const TOLD_BANDS = ['16_plus', '12_15', 'under_12'] as const satisfies readonly AgeBand[];
export type ToldBand = (typeof TOLD_BANDS)[number];

/** For which of the form's consent questions a victim's own "ja" counts, and for which a parent's is needed. */
export type OwnConsentReach = { counts: ConsentPurpose[]; needsParent: ConsentPurpose[] };

/**
 * What a young person's own answer counts for at this age — asked of the one rule
 * (consentCountsForAge in src/app/consent-age.ts, issue 14 finding 14), never decided here, so the
 * consent step says exactly what the handover check will later apply.
 */
export const ownConsentReach = (band: ToldBand): OwnConsentReach => {
  const counts = CONSENT_PURPOSES.filter((q) => {
    const purpose = REPORT_CONSENT_PURPOSE[q];
    return purpose != null && consentCountsForAge('victim', purpose, band).ok;
  });

  return { counts, needsParent: CONSENT_PURPOSES.filter((q) => !counts.includes(q)) };
};

/**
 * Which note the consent pages show: null when the reporter is not the victim (then the consent is
 * the reporter's own, to pass on what they told us); the victim's band otherwise, 'unknown' when she
 * or he gave no age (then every band is explained).
 */
export const consentNoteBand = (reporterKind: string, answers: { victimAge?: unknown; victimAgeEstimate?: unknown }): AgeBand | null =>
  ownConsentBandOfReport(reporterKind, answers);
