import type { AppContext } from '../../app/context.ts';
import { HOME_NOTICE_CAP, type HomeNotice, type HomeNoticeUser, type VangnetModule } from '../../app/module.ts';
import { hasAccess } from '../accounts/index.ts';
import { DECOY_REVIEWERS } from './access.ts';
import { closeSilentConversations, SILENT_CRON, SILENT_JOB } from './conversations/close-silent-conversations.ts';
import { countConversationsInState } from './queries/conversations.ts';
import { countGovernanceAwaiting } from './queries/governance.ts';
import { countProfilesAwaiting } from './queries/profiles.ts';
import { countOpenReviewsNotBy } from './queries/reviews.ts';
import { countScriptsAwaitingApproval } from './queries/scripts.ts';
import { conversationRoutes } from './conversations/routes-conversations.tsx';
import { importRoutes } from './chat-import/routes-import.tsx';
import { governanceRoutes } from './governance/routes-governance.tsx';
import { profileRoutes } from './profiles/routes-profiles.tsx';
import { scriptRoutes } from './scripts/routes-scripts.tsx';
import { decoyText } from './texts.ts';
import { countHelpLinkVisit, HELP_DESTINATION } from './deterrence/count-help-visit.ts';
import { countConversationsSince } from './queries/deterrence.ts';
import { figuresRoutes } from './deterrence/routes-figures.tsx';
import { decoyRetention, decoyRetentionKeeps } from './retention.ts';
import { decoySourceKinds } from './source-kinds.ts';
import { loadDecoyDemo } from './demo.ts';
import { channelRoutes } from './channel/routes-channel.ts';

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
    await figuresRoutes(app, ctx);
  },
  // The help link in warnings: counted per variant and day (never per person, no IP or user agent), then on to anonymous help.
  publicRoutes: async (app, ctx) => {
    app.get<{ Params: { code: string } }>('/hulp/w/:code', async (req, reply) => {
      await countHelpLinkVisit(ctx, req.params.code.slice(0, 20));
      return reply.redirect(HELP_DESTINATION, 302);
    });
    // The channel adapter's inbound webhook: HMAC-signed, no session, no IP or user agent kept.
    await channelRoutes(app, ctx);
  },
  figures: async (ctx, query) => {
    const c = await countConversationsSince(ctx.db, query.from, query.to);
    // No decoy work in the period: offer nothing, so a dashboard says "nog geen gegevens" instead of
    // a row of suppressed zeros.
    if (c.responses + c.continued + c.warnings + c.notifications === 0) return [];
    return [
      { key: 'decoy.responses', label: { nl: 'Reacties op lokprofielen', en: 'Responses to decoys' }, value: c.responses },
      { key: 'decoy.continued_after_disclosure', label: { nl: 'Doorgegaan na het noemen van de minderjarige leeftijd', en: 'Continued after the minor age was disclosed' }, value: c.continued },
      { key: 'decoy.warnings', label: { nl: 'Waarschuwingen verstuurd', en: 'Warnings sent' }, value: c.warnings },
      { key: 'decoy.notifications', label: { nl: 'Politiemeldingen', en: 'Police notifications' }, value: c.notifications },
    ];
  },
  sourceKinds: decoySourceKinds,
  retention: decoyRetention,
  retentionKeeps: decoyRetentionKeeps,
  demo: loadDecoyDemo,
  jobs: async (jobs, ctx) => {
    await jobs.define(SILENT_JOB, async () => {
      await closeSilentConversations(ctx);
    });
    await jobs.schedule(SILENT_JOB, SILENT_CRON);
  },
  homeNotices,
};
