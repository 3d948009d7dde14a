import type { AppContext } from '../../../app/context.ts';
import type { ReporterNotice } from '../../../app/module.ts';
import { reporterAgreedIn } from '../../cases/index.ts';
import { listReferralsOfReport } from '../queries.ts';
import { chainText } from '../texts.ts';

type Purpose = Parameters<Awaited<ReturnType<typeof reporterAgreedIn>>>[0];

/**
 * "Mijn melding" (issue 14 finding 9): the reporter reads that the report was passed on to a chain
 * partner, one neutral line per referral made on the chain page — never which organisation, who or
 * how to reach them (a line on the reporter's phone may be read by the person who exploits her or
 * him). Only for a use the reporter agreed to in this report at that moment (cases' rule,
 * reporterAgreedIn): a referral to care or Veilig Thuis needs the report's "ja" for care, one to the
 * ZVH its "ja" for the ZVH; a CoMensha registration has no question in the report and is never told.
 */
export const chainReporterNotices = async (ctx: AppContext, reportId: string): Promise<ReporterNotice[]> => {
  const referrals = await listReferralsOfReport(ctx.db, reportId);
  if (referrals.length === 0) return [];
  const agreed = await reporterAgreedIn(ctx.db, reportId);
  const lines: ReporterNotice[] = [];
  for (const r of referrals) {
    const purpose = r.purpose as Purpose;
    if (purpose !== 'care_referral' && purpose !== 'zvh_sharing') continue;
    if (!agreed(purpose, r.at)) continue;
    const key = purpose === 'zvh_sharing' ? 'reporterToldZvh' : 'reporterToldCare';
    lines.push({ at: r.at, text: { nl: chainText.nl[key], en: chainText.en[key] } });
  }

  return lines;
};
