import type { VangnetModule } from '../../app/module.ts';
import { CAPTURE_JOB, CAPTURE_STALE_MS, type CaptureJob } from './capture/capture-job.ts';
import { runCaptureRequest } from './capture/run-capture-request.ts';
import { stopStaleCaptures } from './capture/stop-stale-captures.ts';
import { evidenceRetention, evidenceRetentionKeeps } from './items/retention.ts';
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
  retention: evidenceRetention,
  retentionKeeps: evidenceRetentionKeeps,
  // Web captures run here, not in the request (issue 12 point 7); one at a time per worker process.
  jobs: async (jobs, ctx) => {
    // A worker that starts ends what a stopped one left `running`.
    await stopStaleCaptures(ctx);
    await jobs.define<CaptureJob>(CAPTURE_JOB, ({ requestId }) => runCaptureRequest(ctx, requestId), {
      retryLimit: 0,
      expireInSeconds: Math.ceil(CAPTURE_STALE_MS / 1000),
    });
  },
};
