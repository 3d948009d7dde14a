import type { AppContext } from '../../../app/context.ts';
import type { ReporterNotice } from '../../../app/module.ts';
import type { Db } from '../../../db/client.ts';
import { type ConsentPurpose, REPORT_CONSENT_PURPOSE } from '../../../app/consent-age.ts';
import { listReportConsentChoices, listReportOutcomes } from '../queries/handover.ts';

/** The consent purpose each outcome of the old referral form needed (its targets). */
const REFERRAL_PURPOSE: Record<string, ConsentPurpose | undefined> = { care: 'care_referral', veilig_thuis: 'care_referral', zvh: 'zvh_sharing' };

type Choice = { purpose: string; granted: boolean; createdAt: Date };

/**
 * The one rule for telling a reporter (issue 14 finding 9): did the reporter agree in this report,
 * at that moment, to this use? The newest of the report's consent rows for the matching question
 * (REPORT_CONSENT_PURPOSE) made before the event decides; a purpose without a question in the report
 * (a CoMensha registration) is never told.
 */
const agreedIn = (choices: readonly Choice[]) => (purpose: ConsentPurpose, at: Date): boolean =>
  choices.filter((c) => REPORT_CONSENT_PURPOSE[c.purpose] === purpose && c.createdAt.getTime() <= at.getTime()).at(-1)?.granted === true;

/** The rule above for one report, for other modules' reporterNotices (the chain's referrals). */
export const reporterAgreedIn = async (db: Db, reportId: string): Promise<(purpose: ConsentPurpose, at: Date) => boolean> =>
  agreedIn(await listReportConsentChoices(db, reportId));

const TEXT = {
  police: { nl: 'Doorgegeven aan de politie, met de toestemming uit deze melding.', en: 'Passed on to the police, with the consent given in this report.' },
  care: { nl: 'Doorverwezen naar hulpverlening, met de toestemming uit deze melding.', en: 'Referred to care workers, with the consent given in this report.' },
  zvh: { nl: 'Besproken met het Zorg- en Veiligheidshuis, met de toestemming uit deze melding.', en: 'Shared with the Care and Safety House, with the consent given in this report.' },
} as const;

/**
 * The reporter is told that the case was handed over or referred (issue 14 finding 9) — only for a
 * use the reporter agreed to in this report at that moment (the newest consent row before it): a
 * line never tells a reporter something the reporter did not choose. So a handover on an exception
 * (acute danger, conflict of duties) is not shown: it may be exactly the case where someone else
 * reads the reporter's phone. No recipient, no dossier content: one neutral line per event.
 * A CoMensha registration has no consent question in the report and is never shown.
 */
export const casesReporterNotices = async (ctx: AppContext, reportId: string): Promise<ReporterNotice[]> => {
  const { handovers, referrals, consents } = await listReportOutcomes(ctx.db, reportId);
  const agreedAt = agreedIn(consents);
  const lines: ReporterNotice[] = [];
  for (const h of handovers) if (agreedAt('police_om', h.at)) lines.push({ at: h.at, text: TEXT.police });
  for (const r of referrals) {
    const purpose = REFERRAL_PURPOSE[r.target];
    if (purpose && agreedAt(purpose, r.at)) lines.push({ at: r.at, text: purpose === 'zvh_sharing' ? TEXT.zvh : TEXT.care });
  }

  return lines;
};
