import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { MUNICIPALITY_OPTIONS } from '../../../app/cbs-municipalities.ts';
import type { AppContext } from '../../../app/context.ts';
import { asForm, field, isUuid } from '../../../app/forms.ts';
import { type Problem, statusOf } from '../../../app/result.ts';
import { render, view } from '../../../app/view.ts';
import { activeUser, PROFILE_ROLES } from '../access.ts';
import { readMunicipalityOrganisations } from '../read-municipality-data.ts';
import { ProfilesPage } from '../views/assessment-pages.tsx';
import { setMunicipalityProfile } from './set-municipality-profile.ts';

/** Admin: tie organisations of kind municipality to a CBS code and region. */
export const profileRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  const profiles = { config: { access: PROFILE_ROLES } };
  const profilesPage = async (req: FastifyRequest, reply: FastifyReply, extra: { problems?: Problem[]; failedOrg?: string; values?: Record<string, string>; saved?: boolean } = {}) => {
    const rows = await readMunicipalityOrganisations(ctx);
    const problems = extra.problems ?? [];

    return render(reply, ProfilesPage({ view: view(req, reply), rows, options: MUNICIPALITY_OPTIONS, problems, failedOrg: extra.failedOrg, values: extra.values, saved: extra.saved }), problems.length > 0 ? statusOf(problems) : 200);
  };
  app.get<{ Querystring: { bewaard?: string } }>('/beheer/gemeenten', profiles, async (req, reply) => profilesPage(req, reply, { saved: req.query.bewaard === '1' }));
  app.post<{ Params: { orgId: string } }>('/beheer/gemeenten/:orgId', profiles, async (req, reply) => {
    if (!isUuid(req.params.orgId)) return reply.callNotFound();
    const body = asForm(req.body);
    const values = { code: field(body, 'code').slice(0, 20), regio: field(body, 'regio').slice(0, 200) };
    const admin = activeUser(req);
    const result = await setMunicipalityProfile(ctx, admin, { organisationId: req.params.orgId, cbsCode: values.code, region: values.regio });
    if (!result.ok) {
      if (result.problems.some((p) => p.code === 'not_found')) return reply.callNotFound();
      return profilesPage(req, reply, { problems: result.problems, failedOrg: req.params.orgId, values });
    }

    return reply.redirect('/beheer/gemeenten?bewaard=1', 303);
  });
};
