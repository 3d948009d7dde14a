import type { VangnetModule } from '../../app/module.ts';
import { casesFigures } from './dossier/figures.ts';
import { casesHomeNotices } from './handover/home-notices.ts';
import { casesReporterNotices } from './handover/reporter-notices.ts';
import { dossierRoutes } from './routes-dossiers.tsx';
import { handoverRoutes } from './handover/routes-handover.tsx';
import { linkRoutes } from './people/routes-links.tsx';
import { dossierPersonSourceKind, dossierSourceKind } from './identifier-index/source-kinds.ts';
import { requireDossierAccess } from './require-dossier-access.ts';
import { loadCasesDemo } from './demo/load-demo.ts';
import { casesRetention } from './retention-dossiers.ts';
import { casesRetentionKeeps } from './retention-keeps.ts';

/** Dossiers (cases): investigators build a case from reports; consent-gated sharing with the chain. */
export const casesModule: VangnetModule = {
  name: 'cases',
  sourceKinds: [dossierSourceKind, dossierPersonSourceKind],
  dossierGate: requireDossierAccess,
  retention: casesRetention,
  retentionKeeps: casesRetentionKeeps,
  staffRoutes: async (app, ctx) => {
    await dossierRoutes(app, ctx);
    await handoverRoutes(app, ctx);
    await linkRoutes(app, ctx);
  },
  figures: casesFigures,
  homeNotices: casesHomeNotices,
  reporterNotices: casesReporterNotices,
  demo: loadCasesDemo,
};
