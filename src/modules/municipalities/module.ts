import type { VangnetModule } from '../../app/module.ts';
import { loadMunicipalityDemo } from './load-demo.ts';
import { rewrapChecklistDrafts } from './checklist/rewrap-checklist-drafts.ts';
import { publicChecklistRoutes } from './checklist/routes-public-checklist.tsx';
import { assessmentRoutes } from './assessments/routes-staff-assessments.tsx';
import { dashboardRoutes } from './dashboard/routes-staff-dashboard.tsx';
import { startDashboardWarmUp } from './dashboard/warm-counts.ts';
import { partnerDashboardRoutes } from './partner/routes-staff-partner.tsx';
import { profileRoutes } from './profiles/routes-staff-profiles.tsx';

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
    await profileRoutes(app, ctx);
    await dashboardRoutes(app, ctx);
    await partnerDashboardRoutes(app, ctx);
  },
  // The dashboards' national counts are made behind the pages, so no page waits for them.
  onStarted: startDashboardWarmUp,
  rewrapSecrets: rewrapChecklistDrafts,
  demo: loadMunicipalityDemo,
};
