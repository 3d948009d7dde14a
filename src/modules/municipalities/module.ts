import type { VangnetModule } from '../../app/module.ts';
import { loadMunicipalityDemo } from './load-demo.ts';
import { rewrapChecklistDrafts } from './rewrap-checklist-drafts.ts';
import { publicChecklistRoutes } from './routes-public-checklist.tsx';
import { assessmentRoutes } from './routes-staff-assessments.tsx';
import { dashboardRoutes } from './routes-staff-dashboard.tsx';

/**
 * Municipalities: the NJi checklist (public, without an account), saved assessments with action plans
 * for municipality users, and the figures dashboards (local, regional, national) with small cells
 * suppressed. The counts come from the other modules' `figures` hooks; nothing is stored per person.
 */
export const municipalitiesModule: VangnetModule = {
  name: 'municipalities',
  publicRoutes: async (app, ctx) => {
    await publicChecklistRoutes(app, ctx);
  },
  staffRoutes: async (app, ctx) => {
    await assessmentRoutes(app, ctx);
    await dashboardRoutes(app, ctx);
  },
  rewrapSecrets: rewrapChecklistDrafts,
  demo: loadMunicipalityDemo,
};
