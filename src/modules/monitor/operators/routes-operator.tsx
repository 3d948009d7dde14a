import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { AppError } from '../../../app/errors.ts';
import { render, view } from '../../../app/view.ts';
import { requireDossierAccess } from '../../cases/index.ts';
import { MONITOR_ACCESS } from '../access.ts';
import { activeUser } from '../active-user.ts';
import { loadOperatorPage, type OpenDossier } from './load-operator-page.ts';
import { OperatorNotFoundPage, OperatorPage } from './views/operator-page.tsx';
import { isUuid } from '../../../app/forms.ts';

const ACCESS = { config: { access: [...MONITOR_ACCESS] } } as const;

/** A dossier is named only when the viewer may open it now: cases' own check, which logs the read. */
const openDossierFor =
  (ctx: AppContext, req: FastifyRequest): OpenDossier =>
  async (id) => {
    try {
      const access = await requireDossierAccess(ctx, req, id, { reason: 'Online monitor: aanbieder' });
      return { title: access.dossier.title, status: access.dossier.status };
    } catch (err) {
      if (err instanceof AppError) return null;
      throw err;
    }
  };

/** The operator view: template groups joined by a shared phone number (issue 6 point 5). */
export const operatorRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  app.get<{ Params: { key: string } }>('/monitor/aanbieders/:key', ACCESS, async (req, reply) => {
    const user = activeUser(req);
    // Operator keys are the id of the operator's first ad; anything else cannot exist.
    const data = isUuid(req.params.key) ? await loadOperatorPage(ctx, req.params.key.toLowerCase(), { id: user.id, name: user.name, roles: user.roles }, openDossierFor(ctx, req)) : null;
    if (!data) return render(reply, <OperatorNotFoundPage view={view(req, reply)} />, 404);

    return render(reply, <OperatorPage view={view(req, reply)} data={data} />);
  });
};
