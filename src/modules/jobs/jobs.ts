import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../../db/client.ts';

export type JobHandler<T> = (data: T) => Promise<void>;

/** pg-boss queue policy; 'stately' keeps at most one job waiting and one running (a repeat send while one waits is dropped). */
export type JobPolicy = 'standard' | 'short' | 'singleton' | 'stately';

export type Jobs = {
  boss: PgBoss;
  /** Creates the queue (pg-boss 10 needs that before send) and starts working it. */
  define: <T extends object>(
    name: string,
    handler: JobHandler<T>,
    options?: { retryLimit?: number; retryDelay?: number; policy?: JobPolicy; expireInSeconds?: number },
  ) => Promise<void>;
  send: <T extends object>(name: string, data: T) => Promise<string | null>;
  /** Runs `name` on a cron schedule (UTC). */
  schedule: (name: string, cron: string) => Promise<void>;
  /** Graceful: waits for running jobs (up to 30 s), then stops. */
  stop: () => Promise<void>;
};

/**
 * pg-boss on our own connection: on PGlite through its "bring your own db" executeSql option (one
 * process, one connection), on a PostgreSQL server through the same pool.
 */
export const startJobs = async (database: Database, logger: Logger, tuning: PgBoss.SchedulingOptions = {}): Promise<Jobs> => {
  const boss = new PgBoss({
    db: database.executor,
    schema: 'pgboss',
    // PGlite is one connection; polling every 2 s keeps it free for web requests.
    monitorStateIntervalSeconds: 60,
    maintenanceIntervalSeconds: 120,
    // Tests shorten the cron checks (normally every 30 s) to see a schedule fire.
    ...tuning,
  });
  boss.on('error', (err) => logger.error({ err }, 'job queue error'));
  await boss.start();

  return {
    boss,
    define: async (name, handler, options = {}) => {
      const queue = {
        name,
        policy: options.policy ?? 'standard',
        retryLimit: options.retryLimit ?? 3,
        retryDelay: options.retryDelay ?? 10,
        retryBackoff: true,
        // A job running longer than this counts as failed (pg-boss's default is 15 minutes).
        ...(options.expireInSeconds ? { expireInSeconds: options.expireInSeconds } : {}),
      };
      // createQueue does nothing for a queue that exists; updateQueue makes the code's retry settings win after a restart.
      await boss.createQueue(name, queue);
      await boss.updateQueue(name, queue);
      await boss.work(name, { pollingIntervalSeconds: 2, batchSize: 1 }, async (jobs) => {
        for (const job of jobs) {
          try {
            await handler(job.data as Parameters<typeof handler>[0]);
          } catch (err) {
            // pg-boss marks the job failed and retries it with backoff; the log says why.
            logger.warn({ err, job: name, id: job.id }, 'job failed, will be retried if attempts remain');
            throw err;
          }
        }
      });
    },
    send: (name, data) => boss.send(name, data),
    schedule: (name, cron) => boss.schedule(name, cron),
    stop: () => boss.stop({ graceful: true, timeout: 30_000, wait: true, close: false }),
  };
};
