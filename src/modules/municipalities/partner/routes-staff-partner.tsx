import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { problem } from '../../../app/result.ts';
import { render, view } from '../../../app/view.ts';
import { Alert } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { activeUser, PARTNER_DASHBOARD_ROLES } from '../access.ts';
import { currentMonth, parseDashboardQuery } from '../dashboard/parse-dashboard-query.ts';
import { readOrganisationName } from '../read-municipality-data.ts';
import { partnerDashboardText } from '../texts-staff.ts';
import { PartnerDashboardPage } from '../views/partner-dashboard-page.tsx';
import { loadPartnerDashboard } from './load-partner-dashboard.ts';

const OWN_ONLY = problem('forbidden', { nl: 'U ziet alleen de cijfers van uw eigen organisatie.', en: 'You only see the figures of your own organisation.' }, 'van');

/**
 * The chain partner's dashboard: the figures of the signed-in partner's own organisation, which
 * comes from the account, never from the request. Asking for another area or organisation is refused.
 */
export const partnerDashboardRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  app.get('/cijfers/keten', { config: { access: PARTNER_DASHBOARD_ROLES } }, async (req, reply) => {
    const user = activeUser(req);
    const lang = req.lang;
    const name = user.organisationId ? await readOrganisationName(ctx, user.organisationId) : null;
    if (!user.organisationId || name === null) {
      const t = pick(partnerDashboardText, lang);
      return render(
        reply,
        <StaffLayout view={view(req, reply)} title={t.title('')}>
          <h1 class="utrecht-heading-1">{t.title('')}</h1>
          <Alert type="warning">{t.notSetUp}</Alert>
        </StaffLayout>,
      );
    }
    const query = req.query as Record<string, unknown>;
    const parsed = parseDashboardQuery({ van: query.van, tot: query.tot }, { month: currentMonth(ctx.clock.now()) }, []);
    const problems = [...parsed.problems];
    if (['gemeente', 'regio', 'organisatie'].some((k) => typeof query[k] === 'string' && query[k] !== '')) problems.push(OWN_ONLY);
    const dashboard = await loadPartnerDashboard(ctx, user.organisationId, parsed.query);
    const status = problems.some((p) => p.code === 'forbidden') ? 403 : problems.length > 0 ? 400 : 200;

    return render(reply, PartnerDashboardPage({ view: view(req, reply), name, dashboard, values: parsed.values, problems }), status);
  });
};
