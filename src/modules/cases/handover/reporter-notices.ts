import type { AppContext } from '../../../app/context.ts';
import type { ReporterNotice } from '../../../app/module.ts';
import { listReportOutcomes } from '../queries/handover.ts';

/** The intake module's consent purpose each outcome needs (report_consents: police, care, zvh). */
const REFERRAL_PURPOSE: Record<string, string | undefined> = { care: 'care', veilig_thuis: 'care', zvh: 'zvh' };

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
  const agreedAt = (purpose: string, at: Date) => consents.filter((c) => c.purpose === purpose && c.createdAt.getTime() <= at.getTime()).at(-1)?.granted === true;
  const lines: ReporterNotice[] = [];
  for (const h of handovers) if (agreedAt('police', h.at)) lines.push({ at: h.at, text: TEXT.police });
  for (const r of referrals) {
    const purpose = REFERRAL_PURPOSE[r.target];
    if (purpose && agreedAt(purpose, r.at)) lines.push({ at: r.at, text: purpose === 'zvh' ? TEXT.zvh : TEXT.care });
  }

  return lines;
};
