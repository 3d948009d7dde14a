import type { AppContext } from '../../app/context.ts';
import { HOME_NOTICE_CAP, HOME_NOTICE_ITEMS, type HomeNotice, type HomeNoticeUser } from '../../app/module.ts';
import { listWaitingExceptions } from './queries/consent.ts';
import { listReferralsToFollowUp, listWaitingHandovers } from './queries/handover.ts';
import { homeNoticeText as t } from './texts.ts';

/**
 * The start page's "Voor u" lines of the cases module (the homeNotices hook): handovers and consent
 * exceptions that wait for a second person. Only a supervisor may approve either (approveHandover,
 * decideException), and never their own request, so the lines go to supervisors and leave out what the
 * user asked for. Each item links to the approve form on the dossier page.
 */
export const casesHomeNotices = async (ctx: AppContext, user: HomeNoticeUser): Promise<HomeNotice[]> => {
  const followUp = await referralNotice(ctx, user);
  if (!user.roles.includes('supervisor')) return followUp;
  const q = { notRequestedBy: user.id, cap: HOME_NOTICE_CAP };
  const [handovers, exceptions] = await Promise.all([listWaitingHandovers(ctx.db, q), listWaitingExceptions(ctx.db, q)]);

  return [
    ...followUp,
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

/** The Amsterdam calendar day of the app's clock (follow-up dates are days in the Netherlands). */
const today = (ctx: AppContext) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(ctx.clock.now());

/**
 * Referrals whose follow-up day has come while no feedback was recorded (the partner's answer is typed
 * in by our own staff, so there is no "answered" to tell): supervisors see every one, investigators
 * those of their own dossiers.
 */
const referralNotice = async (ctx: AppContext, user: HomeNoticeUser): Promise<HomeNotice[]> => {
  const supervisor = user.roles.includes('supervisor');
  if (!supervisor && !user.roles.includes('investigator')) return [];
  const rows = await listReferralsToFollowUp(ctx.db, { today: today(ctx), assignedTo: supervisor ? null : user.id, cap: HOME_NOTICE_CAP });

  return [
    {
      label: t.referrals,
      count: rows.length,
      href: '/dossiers',
      items: rows.slice(0, HOME_NOTICE_ITEMS).map((r) => ({ label: t.referralItem(r.title), href: `/dossiers/${r.dossierId}/doorverwijzing#doorverwijzing-${r.id}` })),
    },
  ];
};
