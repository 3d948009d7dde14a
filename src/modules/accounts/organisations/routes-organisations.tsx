import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { asForm, field } from '../../../app/forms.ts';
import { render, view } from '../../../app/view.ts';
import { pick } from '../../../web/i18n.ts';
import { actorOf } from '../actor.ts';
import { createOrganisation } from './create-organisation.ts';
import { listOrganisations } from '../reads.ts';
import { organisationsText } from '../texts.ts';
import { OrganisationsPage } from '../views/organisations.tsx';

type Created = { Querystring: { toegevoegd?: string } };

/** Admin: the organisations of the chain, and adding one. */
export const organisationRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  app.get<Created>('/beheer/organisaties', { config: { access: ['admin'] } }, async (req, reply) => {
    const rows = await listOrganisations(ctx);
    const created = typeof req.query.toegevoegd === 'string' ? rows.find((r) => r.id === req.query.toegevoegd)?.name : undefined;

    return render(reply, <OrganisationsPage view={view(req, reply)} rows={rows} created={created} />);
  });

  app.post('/beheer/organisaties', { config: { access: ['admin'] } }, async (req, reply) => {
    const t = pick(organisationsText, req.lang);
    const body = asForm(req.body);
    // Keep what was typed (shortened, so a huge value is not echoed back whole).
    const values = { name: field(body, 'name').slice(0, 1000), kind: field(body, 'kind').slice(0, 50) };
    const result = await createOrganisation(ctx, values, actorOf(req));
    if (!result.ok) {
      const errors = { name: result.problems.name ? t[result.problems.name] : undefined, kind: result.problems.kind ? t[result.problems.kind] : undefined };
      const rows = await listOrganisations(ctx);

      return render(reply, <OrganisationsPage view={view(req, reply)} rows={rows} values={values} errors={errors} />, 400);
    }

    return reply.redirect(`/beheer/organisaties?toegevoegd=${result.id}`, 303);
  });
};
