import { HOME_NOTICE_CAP, HOME_NOTICE_ITEMS, type HomeNotice, type VangnetModule } from '../../app/module.ts';
import { hasAccess } from '../accounts/index.ts';
import { intakeFigures } from './figures.ts';
import { loadIntakeDemo } from './demo/demo.ts';
import { countOpenAlerts, listUnreadAnswers } from './queries.ts';
import { rewrapIntakeSecrets } from './rewrap-intake-secrets.ts';
import { followUpRoutes } from './follow-up/routes-follow-up.tsx';
import { reportFormRoutes } from './report-form/routes-public.tsx';
import { REPORT_READERS, URGENT_ALERT_ROLES } from './access.ts';
import { staffRoutes } from './triage/routes-staff.tsx';
import { intakeHomeNotice, unreadAnswerItem, unreadAnswersHomeNotice } from './triage/staff-texts.ts';
import { reportSourceKind } from './identifier-index/source-kind.ts';
import { intakeRetention, intakeRetentionKeeps } from './retention.ts';
import { reportSubjectRecords } from './subject-search/erase-report.ts';

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
  retention: intakeRetention,
  retentionKeeps: intakeRetentionKeeps,
  // A data-subject request's erase decision on a report (subject-requests carries it out through this).
  subjectRecords: reportSubjectRecords,
  figures: intakeFigures,
  demo: loadIntakeDemo,
  // Urgent reports nobody has marked seen: shared by the whole team, shown where the queue shows them.
  // Reporter answers this user has not read: every report for intake, the assigned ones for the rest.
  homeNotices: async (ctx, user) => {
    const out: HomeNotice[] = [];
    if (hasAccess(URGENT_ALERT_ROLES, user.roles)) {
      out.push({ label: intakeHomeNotice, count: await countOpenAlerts(ctx.db, HOME_NOTICE_CAP), href: '/meldingen#signalen' });
    }
    if (hasAccess(REPORT_READERS, user.roles)) {
      const unread = await listUnreadAnswers(ctx.db, { userId: user.id, everyReport: user.roles.includes('intake'), cap: HOME_NOTICE_CAP });
      out.push({
        label: unreadAnswersHomeNotice,
        count: unread.length,
        href: '/meldingen',
        items: unread.slice(0, HOME_NOTICE_ITEMS).map((r) => ({ label: unreadAnswerItem(r.number), href: `/meldingen/${r.id}` })),
      });
    }

    return out;
  },
};
