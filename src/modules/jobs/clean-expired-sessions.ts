import type { AppContext } from '../../app/context.ts';
import { deleteEndedSessions } from '../accounts/index.ts';

export const SESSION_CLEANUP_JOB = 'session-cleanup';
/** Every 15 minutes: an ended session row is useless, and it still holds an IP address and user agent. */
export const SESSION_CLEANUP_CRON = '*/15 * * * *';

/** Deletes staff sessions that expired, sat idle too long, or were revoked more than a day ago. */
export const cleanExpiredSessions = async (ctx: AppContext): Promise<number> => {
  const idleBefore = new Date(Date.now() - ctx.config.sessionIdleMinutes * 60_000);
  const removed = await deleteEndedSessions(ctx.db, idleBefore);
  ctx.logger.info({ job: SESSION_CLEANUP_JOB, removed }, 'ended staff sessions removed');

  return removed;
};
