import type { AppContext } from '../../../app/context.ts';
import { fail, ok, problem, type Result } from '../../../app/result.ts';
import { recordAuditEvent } from '../../audit/index.ts';
import { CRAWL_SOURCE_JOB, type CrawlSourceJob } from '../crawler/crawl-due-sources.ts';
import type { SourceRow } from '../queries/sources.ts';

export type CrawlRequester = { id: string; email: string; ip?: string };

/**
 * Puts a crawl of one source on the job queue, and records who asked for it in the audit log. A crawl
 * never runs inside a request: without a job queue nothing happens. An off source is never crawled.
 */
export const queueSourceCrawl = async (ctx: AppContext, source: SourceRow, requester: CrawlRequester): Promise<Result<{ sourceId: string }>> => {
  if (!source.enabled) return fail(problem('source_off', { nl: 'Deze bron staat uit.', en: 'This source is off.' }));
  if (!ctx.jobs) return fail(problem('jobs_off', { nl: 'De takenlijst staat uit.', en: 'The job queue is off.' }));
  await ctx.jobs.send<CrawlSourceJob>(CRAWL_SOURCE_JOB, { sourceId: source.id });
  await recordAuditEvent(ctx.db, {
    actor: { userId: requester.id, label: requester.email, ip: requester.ip },
    action: 'monitor.source.crawl',
    targetType: 'monitor_source',
    targetId: source.id,
  });

  return ok({ sourceId: source.id });
};
