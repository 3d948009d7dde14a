import type { VangnetModule } from '../../app/module.ts';
import { requestHomeNotices } from './home-notices.ts';
import { subjectRequestRetention } from './requests/request-retention.ts';
import { rewrapRequestSecrets } from './requests/rewrap-request-secrets.ts';
import { requestRoutes } from './routes.tsx';

/**
 * Data-subject requests (issue 19 point 5, AVG art. 15–18 and 21): the privacy officer registers a
 * request, searches the person across the modules (logged), decides per record and makes the answer.
 */
export const subjectRequestsModule: VangnetModule = {
  name: 'subject-requests',
  staffRoutes: requestRoutes,
  homeNotices: requestHomeNotices,
  // The request itself is kept two years after its first answer (a proposal for the DPIA).
  retention: [subjectRequestRetention],
  // Who asked, the extension reasons and the decision notes are encrypted: re-wrapped by rotate-key.
  rewrapSecrets: rewrapRequestSecrets,
};
