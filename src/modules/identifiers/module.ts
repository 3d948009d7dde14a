import type { VangnetModule } from '../../app/module.ts';
import { identifierRoutes } from './routes.tsx';

/** The identifier index: extraction, where-else-seen, watches and alerts, link decisions. */
export const identifiersModule: VangnetModule = {
  name: 'identifiers',
  staffRoutes: async (app, ctx) => {
    await identifierRoutes(app, ctx);
  },
};
