import type { AppContext } from '../../../app/context.ts';
import { HOME_NOTICE_CAP, HOME_NOTICE_ITEMS, type HomeNotice, type HomeNoticeUser } from '../../../app/module.ts';
import { listWaitingExceptions } from '../queries/consent.ts';
import { listWaitingHandovers } from '../queries/handover.ts';
import { homeNoticeText as t } from '../texts.ts';

/**
 * The start page's "Voor u" lines of the cases module (the homeNotices hook): handovers and consent
 * exceptions that wait for a second person. Only a supervisor may approve either (approveHandover,
 * decideException), and never their own request, so the lines go to supervisors and leave out what the
 * user asked for. Each item links to the approve form on the dossier page.
 */
export const casesHomeNotices = async (ctx: AppContext, user: HomeNoticeUser): Promise<HomeNotice[]> => {
  // Referral follow-up is the chain module's now (issue 16: its own notices for late answers).
  if (!user.roles.includes('supervisor')) return [];
  const q = { notRequestedBy: user.id, cap: HOME_NOTICE_CAP };
  const [handovers, exceptions] = await Promise.all([listWaitingHandovers(ctx.db, q), listWaitingExceptions(ctx.db, q)]);

  return [
    {
      label: t.handovers,
      count: handovers.length,
      href: '/dossiers',
      // The line leads to the dossier list; each item to its own approve form.
      items: handovers.slice(0, HOME_NOTICE_ITEMS).map((h) => ({ label: t.handoverItem(h.title), href: `/dossiers/${h.dossierId}/overdracht#overdracht-${h.id}` })),
    },
    {
      label: t.exceptions,
      count: exceptions.length,
      href: '/dossiers',
      items: exceptions.slice(0, HOME_NOTICE_ITEMS).map((e) => ({ label: t.exceptionItem(e.title), href: `/dossiers/${e.dossierId}/toestemming#uitzondering-${e.id}` })),
    },
  ];
};
