import { HOME_NOTICE_CAP, type VangnetModule } from '../../app/module.ts';
import { hasAccess } from '../accounts/index.ts';
import { DECOY_REVIEWERS } from './access.ts';
import { countScriptsAwaitingApproval } from './queries.ts';
import { overviewRoutes } from './routes-overview.tsx';
import { scriptRoutes } from './routes-scripts.tsx';
import { decoyText } from './texts.ts';

/**
 * Decoy profiles and deterrence (issue 15). Passive by construction: only approved script versions
 * are published or sent, a human approves each message, warnings and police notifications need two
 * people, and nothing opens without an approved governance record.
 */
export const decoyModule: VangnetModule = {
  name: 'decoy',
  staffRoutes: async (app, ctx) => {
    await overviewRoutes(app, ctx);
    await scriptRoutes(app, ctx);
  },
  // What waits for a second person: script versions someone else wrote.
  homeNotices: async (ctx, user) => {
    if (!hasAccess(DECOY_REVIEWERS, user.roles)) return [];
    const count = await countScriptsAwaitingApproval(ctx.db, user.id, HOME_NOTICE_CAP);

    return [{ label: { nl: decoyText.nl.homeScripts, en: decoyText.en.homeScripts }, count, href: '/lokprofielen/scripts' }];
  },
};
