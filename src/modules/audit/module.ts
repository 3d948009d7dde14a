import type { VangnetModule } from '../../app/module.ts';

/** The hash-chained audit log and the access log, and the privacy officer's view of both. */
export const auditModule: VangnetModule = {
  name: 'audit',
};
