import type { VangnetModule } from '../../app/module.ts';
import { defineRetentionJob } from './job.ts';
import { keptFigures } from './run/kept-figures.ts';
import { readKeptUntil } from './expiry/kept-until.ts';
import { deleteHoldsOfDossiers } from './queries.ts';
import { holdRoutes } from './holds/routes-holds.tsx';
import { retentionRoutes } from './routes.tsx';

/**
 * Retention (issue 19): the schedule of every module's retention rules as the privacy officer sets
 * it, the nightly job that runs them in batches with a deletion record per batch, and its dry run.
 */
export const retentionModule: VangnetModule = {
  name: 'retention',
  staffRoutes: async (app, ctx) => {
    await retentionRoutes(app, ctx);
    await holdRoutes(app, ctx);
  },
  jobs: defineRetentionJob,
  // The counts of what the job deleted, added to the live figures by collectFigures (same keys).
  figures: keptFigures,
  // Until when a record is kept, for the record pages of modules below this one (evidence).
  keptUntil: readKeptUntil,
  // A dossier that goes (cases' dossier rules) takes its lifted holds; an open hold keeps the dossier.
  retentionForgets: [{ recordType: 'dossier', forget: async (db, ids) => void (await deleteHoldsOfDossiers(db, ids)) }],
};
