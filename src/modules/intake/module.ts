import { HOME_NOTICE_CAP, type VangnetModule } from '../../app/module.ts';
import { hasAccess } from '../accounts/index.ts';
import { countOpenAlerts } from './queries.ts';
import { rewrapIntakeSecrets } from './rewrap-intake-secrets.ts';
import { followUpRoutes } from './follow-up/routes-follow-up.tsx';
import { reportFormRoutes } from './report-form/routes-public.tsx';
import { URGENT_ALERT_ROLES } from './access.ts';
import { staffRoutes } from './triage/routes-staff.tsx';
import { intakeHomeNotice } from './triage/staff-texts.ts';
import { reportSourceKind } from './identifier-index/source-kind.ts';

/** The meldpunt: the public report form and follow-up, and the staff triage queue for every channel. */
export const intakeModule: VangnetModule = {
  name: 'intake',
  sourceKinds: [reportSourceKind],
  publicRoutes: async (app, ctx) => {
    await reportFormRoutes(app, ctx);
    await followUpRoutes(app, ctx);
  },
  staffRoutes: async (app, ctx) => {
    await staffRoutes(app, ctx);
  },
  rewrapSecrets: rewrapIntakeSecrets,
  // Urgent reports nobody has marked seen: shared by the whole team, shown where the queue shows them.
  homeNotices: async (ctx, user) => {
    if (!hasAccess(URGENT_ALERT_ROLES, user.roles)) return [];
    const count = await countOpenAlerts(ctx.db, HOME_NOTICE_CAP);

    return [{ label: intakeHomeNotice, count, href: '/meldingen#signalen' }];
  },
};
