import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../app/context.ts';
import { render, view } from '../../../app/view.ts';
import { DECOY_READERS } from '../access.ts';
import { computeDeterrenceFigures } from './deterrence-figures.ts';
import { FiguresPage } from './views/figures-page.tsx';

/** /lokprofielen/cijfers: the deterrence figures, SVG charts with the same figures as tables. */
export const figuresRoutes = async (app: FastifyInstance, ctx: AppContext) => {
  app.get('/lokprofielen/cijfers', { config: { access: DECOY_READERS } }, async (req, reply) =>
    render(reply, <FiguresPage view={view(req, reply)} figures={await computeDeterrenceFigures(ctx.db, ctx.clock.now())} />),
  );
};
