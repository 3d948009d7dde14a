import type { VangnetModule } from '../../app/module.ts';
import { rewrapIntakeSecrets } from './rewrap-intake-secrets.ts';
import { followUpRoutes } from './routes-follow-up.tsx';
import { reportFormRoutes } from './routes-public.tsx';
import { staffRoutes } from './routes-staff.tsx';

/** The meldpunt: the public report form and follow-up, and the staff triage queue for every channel. */
export const intakeModule: VangnetModule = {
  name: 'intake',
  publicRoutes: async (app, ctx) => {
    await reportFormRoutes(app, ctx);
    await followUpRoutes(app, ctx);
  },
  staffRoutes: async (app, ctx) => {
    await staffRoutes(app, ctx);
  },
  rewrapSecrets: rewrapIntakeSecrets,
};
