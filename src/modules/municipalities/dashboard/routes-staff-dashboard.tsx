import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { type Problem, problem } from '../../../app/result.ts';
import { render, view } from '../../../app/view.ts';
import { hasAccess } from '../../accounts/index.ts';
import { Alert } from '../../../web/components/form.tsx';
import { pick } from '../../../web/i18n.ts';
import { StaffLayout } from '../../../web/layout.tsx';
import { activeUser, DASHBOARD_ROLES, loadMunicipalityActor, NATIONAL_ROLES } from '../access.ts';
import { dashboardCsv } from './dashboard-csv.ts';
import { type Area, loadDashboard } from './load-dashboard.ts';
import { currentMonth, parseDashboardQuery } from './parse-dashboard-query.ts';
import { readRegionCodes, readRegions } from '../read-municipality-data.ts';
import { dashboardText, staffText } from '../texts-staff.ts';
import { DashboardPage, dashboardTitle } from '../views/dashboard-page.tsx';


const OWN_ONLY = problem('forbidden', { nl: 'U ziet alleen de cijfers van uw eigen gemeente.', en: 'You only see the figures of your own municipality.' }, 'gemeente');

/**
 * The figures dashboards. Supervisors and analysts see the whole country, a region or a municipality;
 * a municipality officer sees their own municipality only (another one, or a region, is refused).
 */
export const dashboardRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  const rules = { config: { access: DASHBOARD_ROLES } };

  const prepare = async (req: FastifyRequest) => {
    const user = activeUser(req);
    const national = hasAccess(NATIONAL_ROLES, user.roles);
    const regions = national ? await readRegions(ctx) : [];
    const parsed = parseDashboardQuery(req.query as Record<string, unknown>, { month: currentMonth(ctx.clock.now()) }, regions);
    const problems: Problem[] = [...parsed.problems];
    let area: Area | null = null;
    if (national) {
      if (parsed.query.municipality) area = { kind: 'municipality', code: parsed.query.municipality };
      else if (parsed.query.region) area = { kind: 'region', name: parsed.query.region, codes: await readRegionCodes(ctx, parsed.query.region) };
      else area = { kind: 'national' };
    } else {
      const actor = await loadMunicipalityActor(ctx, user);
      if (actor) {
        area = { kind: 'municipality', code: actor.cbsCode };
        if ((parsed.values.gemeente && parsed.values.gemeente !== actor.cbsCode) || parsed.values.regio) problems.push(OWN_ONLY);
      }
    }

    return { national, regions, parsed, problems, area };
  };

  const status = (problems: Problem[]) => (problems.some((p) => p.code === 'forbidden') ? 403 : problems.length > 0 ? 400 : 200);

  const notSetUp = (req: FastifyRequest, reply: FastifyReply) => {
    const t = pick(dashboardText, req.lang);

    return render(
      reply,
      <StaffLayout view={view(req, reply)} title={t.title}>
        <h1 class="utrecht-heading-1">{t.title}</h1>
        <Alert type="warning">{pick(staffText, req.lang).notSetUp}</Alert>
      </StaffLayout>,
    );
  };

  app.get('/cijfers', rules, async (req, reply) => {
    const p = await prepare(req);
    if (!p.area) return notSetUp(req, reply);
    const dashboard = await loadDashboard(ctx, (q) => app.collectFigures(q, req.log), p.area, p.parsed.query);
    const qs = new URLSearchParams(Object.entries(p.parsed.values).filter(([, v]) => v) as [string, string][]).toString();

    return render(reply, DashboardPage({ view: view(req, reply), dashboard, values: p.parsed.values, problems: p.problems, national: p.national, regions: p.regions, csvHref: `/cijfers.csv${qs ? `?${qs}` : ''}` }), status(p.problems));
  });

  app.get('/cijfers.csv', rules, async (req, reply) => {
    const p = await prepare(req);
    if (!p.area) return notSetUp(req, reply);
    if (p.problems.length > 0) return reply.code(status(p.problems)).type('text/plain; charset=utf-8').send(p.problems.map((x) => x.message[req.lang]).join('\n'));
    const dashboard = await loadDashboard(ctx, (q) => app.collectFigures(q, req.log), p.area, p.parsed.query);

    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="vangnet-cijfers.csv"').send(dashboardCsv(dashboard, dashboardTitle('nl', dashboard)));
  });
};
