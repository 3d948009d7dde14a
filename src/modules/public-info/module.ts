import type { VangnetModule } from '../../app/module.ts';
import { ensureDefaultPages } from './ensure-default-pages.ts';
import { publicInfoRoutes } from './routes-public.tsx';

/**
 * Public information and awareness: pages per audience (content the communications role edits,
 * loaded from the seed documents as defaults), the signal guide, exit-this-page, search, and
 * campaigns with landing paths that are counted without tracking anyone.
 */
export const publicInfoModule: VangnetModule = {
  name: 'public-info',
  publicRoutes: async (app, ctx) => {
    await ensureDefaultPages(ctx);
    await publicInfoRoutes(app, ctx);
  },
};
