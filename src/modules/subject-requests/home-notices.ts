import type { AppContext } from '../../app/context.ts';
import { HOME_NOTICE_CAP, type HomeNotice, type HomeNoticeUser } from '../../app/module.ts';
import { hasAccess } from '../accounts/index.ts';
import { REQUEST_ROLES } from './access.ts';
import { countOpenRequests } from './queries.ts';

/** The privacy officer's "Voor u" line: requests still waiting for an answer (each has a deadline). */
export const requestHomeNotices = async (ctx: AppContext, user: HomeNoticeUser): Promise<HomeNotice[]> => {
  if (!hasAccess(REQUEST_ROLES, user.roles)) return [];
  const count = await countOpenRequests(ctx.db, HOME_NOTICE_CAP);

  return [{ label: { nl: 'Verzoeken van betrokkenen zonder antwoord', en: 'Data-subject requests without an answer' }, count, href: '/inzageverzoeken' }];
};
