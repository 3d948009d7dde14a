import { HOME_NOTICE_CAP, type VangnetModule } from '../../app/module.ts';
import { hasAccess } from '../accounts/index.ts';
import { countUnreadAlertsOfOwner } from './queries.ts';
import { identifierRoutes } from './routes.tsx';
import { IDENTIFIER_ROLES } from './access.ts';
import { identifierRetention } from './occurrences/retention.ts';
import { identifierHomeNotice } from './texts.ts';

/** The identifier index: extraction, where-else-seen, watches and alerts, link decisions. */
export const identifiersModule: VangnetModule = {
  name: 'identifiers',
  staffRoutes: async (app, ctx) => {
    await identifierRoutes(app, ctx);
  },
  retention: identifierRetention,
  // The user's unread watch alerts; they are listed on the identifier search page.
  homeNotices: async (ctx, user) => {
    if (!hasAccess(IDENTIFIER_ROLES, user.roles)) return [];
    const count = await countUnreadAlertsOfOwner(ctx.db, user.id, HOME_NOTICE_CAP);

    return [{ label: identifierHomeNotice, count, href: '/identificatoren#meldingen' }];
  },
};
