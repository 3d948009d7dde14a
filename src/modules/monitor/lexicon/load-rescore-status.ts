import type { Db } from '../../../db/client.ts';
import type { Jobs } from '../../jobs/index.ts';
import { countScoresByLexicon, selectLastRescore } from '../queries/lexicon.ts';
import { RESCORE_JOB } from '../indicators/rescore-ads.ts';

export type RescoreStatus = {
  version: string;
  /** Scored ads whose score comes from another lexicon version, and all scored ads. */
  older: number;
  all: number;
  /** A monitor.rescore job waits or runs (null without a job queue: rescoring then happens in the save itself). */
  running: boolean | null;
  /** When every ad was last rescored with this version, by a save or its job. */
  finished: { at: Date; ads: number } | null;
};

/** What the lexicon page says about the scores: still being recalculated, or done and when. */
export const loadRescoreStatus = async (db: Db, jobs: Jobs | null, version: string): Promise<RescoreStatus> => {
  const [counts, finished, waiting] = await Promise.all([
    countScoresByLexicon(db, version),
    selectLastRescore(db, version),
    // created, retry or active: a job that failed for good no longer counts, so the page never says
    // "being recalculated" when nothing is.
    jobs ? jobs.boss.getQueueSize(RESCORE_JOB, { before: 'completed' }) : Promise.resolve(null),
  ]);
  return { version, ...counts, running: waiting === null ? null : waiting > 0, finished };
};
