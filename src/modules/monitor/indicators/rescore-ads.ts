import type { Db } from '../../../db/client.ts';
import type { Jobs } from '../../jobs/index.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { regroupAds } from '../grouping/regroup-ads.ts';

/** The pg-boss job that rescores every ad after a lexicon save (queue policy 'stately': one waits, one runs). */
export const RESCORE_JOB = 'monitor.rescore';

/**
 * Rescores (and regroups) every ad with the lexicon in force, then records that it finished, with
 * the version used, in the audit chain: the lexicon page reads that line to say when the scores
 * were recalculated (no status table needed).
 */
export const rescoreAds = async (db: Db): Promise<{ ads: number; lexiconVersion: string }> => {
  const started = Date.now();
  const { ads, lexiconVersion } = await regroupAds(db);
  await recordAuditEvent(db, {
    actor: { userId: null, label: 'system' },
    action: 'monitor.lexicon.rescored',
    targetType: 'monitor_lexicon',
    targetId: lexiconVersion,
    details: { version: lexiconVersion, ads, ms: Date.now() - started },
  });
  return { ads, lexiconVersion };
};

/** Starts working the rescore queue. 'stately': one rescoring runs, at most one more waits; saves in between add nothing. */
export const defineRescoreJob = (jobs: Jobs, db: Db): Promise<void> =>
  jobs.define(
    RESCORE_JOB,
    async () => {
      await rescoreAds(db);
    },
    { policy: 'stately', retryLimit: 2, retryDelay: 30 },
  );
