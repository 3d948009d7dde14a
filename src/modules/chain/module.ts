import type { AppContext } from '../../app/context.ts';
import { HOME_NOTICE_CAP, type HomeNotice, type HomeNoticeUser, type VangnetModule } from '../../app/module.ts';
import { findUserById, hasAccess } from '../accounts/index.ts';
import { DOSSIER_STAFF } from './access.ts';
import { countAwaitingForOrganisation, countLateSentBy, countNewFeedbackFor } from './queries.ts';
import { REMIND_CRON, REMIND_JOB, remindLateReferrals } from './referrals/remind-late-referrals.ts';
import { loadChainDemo } from './load-demo.ts';
import { chainReporterNotices } from './referrals/reporter-notices.ts';
import { chainRetentionForgets } from './retention.ts';
import { chainRoutes } from './routes.tsx';
import { chainText } from './texts.ts';
import { dossierChainSection } from './views/dossier-section.tsx';
import { routingAdviceSection } from './views/routing-advice-section.tsx';

const label = (key: 'homeInbox' | 'homeLate' | 'homeFeedback') => ({ nl: chainText.nl[key], en: chainText.en[key] });

/** Start page: what waits in the partner's inbox; late answers and new feedback for the referrer. Counts only, never content. */
const homeNotices = async (ctx: AppContext, user: HomeNoticeUser): Promise<HomeNotice[]> => {
  const out: HomeNotice[] = [];
  if (user.roles.includes('partner')) {
    const row = await findUserById(ctx.db, user.id);
    if (row?.organisationId) out.push({ label: label('homeInbox'), count: await countAwaitingForOrganisation(ctx.db, row.organisationId, HOME_NOTICE_CAP), href: '/keten#verwijzingen' });
  }
  if (hasAccess(DOSSIER_STAFF, user.roles)) {
    out.push({ label: label('homeLate'), count: await countLateSentBy(ctx.db, user.id, HOME_NOTICE_CAP), href: '/keten' });
    out.push({ label: label('homeFeedback'), count: await countNewFeedbackFor(ctx.db, user.id, HOME_NOTICE_CAP), href: '/keten' });
  }

  return out;
};

/**
 * The chain (issue 16): referrals to partners as one transition model with a partner inbox and a
 * reminder job, and sharing a dossier section by section until an end date, on consent only.
 */
export const chainModule: VangnetModule = {
  name: 'chain',
  staffRoutes: chainRoutes,
  jobs: async (jobs, ctx) => {
    await jobs.define(REMIND_JOB, async () => {
      await remindLateReferrals(ctx);
    }, { policy: 'stately' });
    await jobs.schedule(REMIND_JOB, REMIND_CRON);
  },
  dossierSections: [dossierChainSection, routingAdviceSection],
  demo: loadChainDemo,
  homeNotices,
  reporterNotices: chainReporterNotices,
  retentionForgets: chainRetentionForgets,
};
