import type { AppContext } from '../../../app/context.ts';
import { markStaleCapturesStopped } from '../queries.ts';
import { CAPTURE_STALE_MS } from './capture-job.ts';
import { DEFAULT_CAPTURE_LIMITS } from './capture-web-page.ts';

/** The problem a stopped capture keeps: the same words its page shows (capture-state.ts). */
export const STOPPED_PROBLEM = { code: 'captureStopped', params: [String(DEFAULT_CAPTURE_LIMITS.totalMs / 1000)] };

/**
 * Marks every capture request still `running` past CAPTURE_STALE_MS as failed ("stopped"), by the
 * injected clock. Run when a worker starts the capture job and before each capture: a process that
 * died mid-capture leaves its row `running`, and nothing else would ever end it.
 */
export const stopStaleCaptures = async (ctx: AppContext): Promise<string[]> => {
  const now = ctx.clock.now();
  const ids = await markStaleCapturesStopped(ctx.db, { startedBefore: new Date(now.getTime() - CAPTURE_STALE_MS), at: now, problem: STOPPED_PROBLEM });
  if (ids.length > 0) ctx.logger.warn({ count: ids.length }, 'stale evidence captures marked stopped');

  return ids;
};
