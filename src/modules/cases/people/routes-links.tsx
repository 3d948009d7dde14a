import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { notFound } from '../../../app/errors.ts';
import { asForm } from '../../../app/forms.ts';
import { render, view } from '../../../app/view.ts';
import type { Role } from '../../accounts/index.ts';
import { decidePair, findPair, loadHistory, loadSuggestions } from './link-suggestions.ts';
import { requireDossierAccess } from '../require-dossier-access.ts';
import { DecidePage, LinksPage } from './links-page.tsx';

/** Partners never see suggestions: they reach only what was shared with them. */
const LINK_ROLES: readonly Role[] = ['investigator', 'supervisor'];

type Id = { Params: { id: string } };
type Pair = { Params: { id: string }; Querystring: { persoon?: string; ander?: string; ok?: string } };

export const linkRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  const rules = { config: { access: LINK_ROLES } };

  app.get<Id>('/dossiers/:id/koppelingen', rules, async (req, reply) => {
    // requireDossierAccess writes the view to the access log.
    const access = await requireDossierAccess(ctx, req, req.params.id, { reason: 'link suggestions' });
    const { suggestions, hidden } = await loadSuggestions(ctx, access);

    return render(reply, <LinksPage view={view(req, reply)} dossier={access.dossier} suggestions={suggestions} hidden={hidden} />);
  });

  const pairOf = async (req: FastifyRequest<Pair>, write: boolean) => {
    const access = await requireDossierAccess(ctx, req, req.params.id, write ? { write: true } : { reason: 'link decision' });
    const pair = await findPair(ctx, access, String(req.query.persoon ?? '').slice(0, 100), String(req.query.ander ?? '').slice(0, 200));
    if (!pair) throw notFound('link');

    return { access, pair };
  };

  app.get<Pair>('/dossiers/:id/koppelingen/besluit', rules, async (req, reply) => {
    const { access, pair } = await pairOf(req, false);

    return render(reply, <DecidePage view={view(req, reply)} dossier={access.dossier} pair={pair} history={await loadHistory(ctx, pair)} saved={req.query.ok === '1'} />);
  });

  app.post<Pair>('/dossiers/:id/koppelingen/besluit', rules, async (req, reply) => {
    const { access, pair } = await pairOf(req, true);
    const result = await decidePair(ctx, access, pair, asForm(req.body), req.lang);
    if (result.ok) {
      return reply.redirect(`/dossiers/${access.dossier.id}/koppelingen/besluit?persoon=${pair.subject.id}&ander=${encodeURIComponent(pair.other.id)}&ok=1`, 303);
    }

    return render(
      reply,
      <DecidePage view={view(req, reply)} dossier={access.dossier} pair={pair} history={await loadHistory(ctx, pair)} values={result.values} errors={result.errors} />,
      400,
    );
  });
};
