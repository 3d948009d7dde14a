import type { Jobs } from '../../jobs/index.ts';
import { selectSources } from '../queries/sources.ts';
import type { Db } from '../../../db/client.ts';

export const CRAWL_SOURCE_JOB = 'monitor.crawl-source';
export const CRAWL_DUE_JOB = 'monitor.crawl-due';
/** Every 15 minutes: which sources are due (their interval has passed since the last crawl)? */
export const CRAWL_DUE_CRON = '*/15 * * * *';

export type CrawlSourceJob = { sourceId: string };

/** Sends one crawl job per enabled source whose interval has passed. */
export const crawlDueSources = async (db: Db, jobs: Jobs, now = new Date()): Promise<number> => {
  let sent = 0;
  for (const source of await selectSources(db)) {
    if (!source.enabled) continue;
    const due = !source.lastCrawlAt || now.getTime() - source.lastCrawlAt.getTime() >= source.intervalMinutes * 60_000;
    if (!due) continue;
    await jobs.send<CrawlSourceJob>(CRAWL_SOURCE_JOB, { sourceId: source.id });
    sent++;
  }

  return sent;
};
