import type { VangnetModule } from '../../app/module.ts';
import { logRoutes } from './routes.tsx';

/** The hash-chained audit log and the access log, and the privacy officer's view of both. */
export const auditModule: VangnetModule = {
  name: 'audit',
  staffRoutes: async (app, ctx) => {
    await logRoutes(app, ctx);
  },
};
