import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { render, view } from '../../app/view.ts';
import { GOVERNANCE_READERS } from './access.ts';
import { OverviewPage } from './views/overview-page.tsx';

/** /lokprofielen: whether the module is open, and (when open) the profiles and conversations. */
export const overviewRoutes = async (app: FastifyInstance, _ctx: AppContext) => {
  app.get('/lokprofielen', { config: { access: GOVERNANCE_READERS } }, async (req, reply) => render(reply, <OverviewPage view={view(req, reply)} open={false} />));
};
