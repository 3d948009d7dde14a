import type { VangnetModule } from '../../app/module.ts';
import { rewrapEvidenceFiles } from './items/rewrap-evidence-files.ts';
import { evidenceRoutes } from './routes-evidence.tsx';
import { evidenceSourceKind } from './identifier-index/source-kind.ts';

/**
 * Evidence: uploaded files and captured web pages, stored encrypted and never changed, with custody
 * in the audit log; signed packages that `vangnet verify-package` checks.
 */
export const evidenceModule: VangnetModule = {
  name: 'evidence',
  sourceKinds: [evidenceSourceKind],
  staffRoutes: async (app, ctx) => {
    await evidenceRoutes(app, ctx);
  },
  rewrapSecrets: rewrapEvidenceFiles,
};
