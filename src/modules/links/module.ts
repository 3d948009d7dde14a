import type { VangnetModule } from '../../app/module.ts';
import { linkRoutes } from './routes.tsx';

/** The link chart: per dossier and per identifier, as a table, an interactive graph, GraphML and i2 ANX. */
export const linksModule: VangnetModule = {
  name: 'links',
  staffRoutes: async (app, ctx) => {
    await linkRoutes(app, ctx);
  },
};
