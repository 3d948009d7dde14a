import type { AppContext } from '../../app/context.ts';
import { HOME_NOTICE_CAP, type HomeNotice, type HomeNoticeUser, type VangnetModule } from '../../app/module.ts';
import { hasAccess } from '../accounts/index.ts';
import { DECOY_REVIEWERS } from './access.ts';
import { closeSilentConversations, SILENT_CRON, SILENT_JOB } from './close-silent-conversations.ts';
import { countConversationsInState, countGovernanceAwaiting, countOpenReviewsNotBy, countProfilesAwaiting, countScriptsAwaitingApproval } from './queries.ts';
import { conversationRoutes } from './routes-conversations.tsx';
import { importRoutes } from './routes-import.tsx';
import { governanceRoutes } from './routes-governance.tsx';
import { profileRoutes } from './routes-profiles.tsx';
import { scriptRoutes } from './routes-scripts.tsx';
import { decoyText } from './texts.ts';

const label = (key: 'homeScripts' | 'homeGovernance' | 'homeProfiles' | 'homeUrgent' | 'homeReviews') => ({ nl: decoyText.nl[key], en: decoyText.en[key] });

/** What waits for this user: second approvals for reviewers, acute danger for supervisors and operators. */
const homeNotices = async (ctx: AppContext, user: HomeNoticeUser): Promise<HomeNotice[]> => {
  const out: HomeNotice[] = [];
  if (hasAccess(DECOY_REVIEWERS, user.roles)) {
    out.push({ label: label('homeGovernance'), count: await countGovernanceAwaiting(ctx.db, user.id, HOME_NOTICE_CAP), href: '/lokprofielen/grondslag' });
    out.push({ label: label('homeScripts'), count: await countScriptsAwaitingApproval(ctx.db, user.id, HOME_NOTICE_CAP), href: '/lokprofielen/scripts' });
    out.push({ label: label('homeReviews'), count: await countOpenReviewsNotBy(ctx.db, user.id, HOME_NOTICE_CAP), href: '/lokprofielen' });
    out.push({ label: label('homeProfiles'), count: await countProfilesAwaiting(ctx.db, user.id, HOME_NOTICE_CAP), href: '/lokprofielen' });
  }
  if (hasAccess(['supervisor', 'decoy_operator'], user.roles)) {
    out.push({ label: label('homeUrgent'), count: await countConversationsInState(ctx.db, 'urgent', HOME_NOTICE_CAP), href: '/lokprofielen' });
  }

  return out;
};

/**
 * Decoy profiles and deterrence (issue 15). Passive by construction: only approved script versions
 * are published or sent, a human approves each message, warnings and police notifications need two
 * people, and nothing opens without an approved governance record.
 */
export const decoyModule: VangnetModule = {
  name: 'decoy',
  staffRoutes: async (app, ctx) => {
    await profileRoutes(app, ctx);
    await governanceRoutes(app, ctx);
    await scriptRoutes(app, ctx);
    await conversationRoutes(app, ctx);
    await importRoutes(app, ctx);
  },
  jobs: async (jobs, ctx) => {
    await jobs.define(SILENT_JOB, async () => {
      await closeSilentConversations(ctx);
    });
    await jobs.schedule(SILENT_JOB, SILENT_CRON);
  },
  homeNotices,
};
