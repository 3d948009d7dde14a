import { type Clock, systemClock } from './clock.ts';
import { mkdirSync } from 'node:fs';
import pino from 'pino';
import { openDatabase, type Database } from '../db/client.ts';
import { runMigrations } from '../db/migrate.ts';
import { startKeyedChain } from '../modules/audit/index.ts';
import { loadKeyRing } from '../modules/crypto/index.ts';
import { startJobs } from '../modules/jobs/index.ts';
import type { Config } from './config.ts';
import type { AppContext } from './context.ts';
import { MODULES } from './modules.ts';
import { registerModules } from './registry.ts';
import { buildPublicServer } from './public-server.ts';
import { buildStaffServer } from './staff-server.ts';

/** Opens the database, runs migrations and loads the master key: everything but the listeners. */
export const createContext = async (
  config: Config,
  options: { database?: Database; logStream?: NodeJS.WritableStream; clock?: Clock } = {},
): Promise<AppContext> => {
  registerModules(MODULES);
  mkdirSync(config.dataDir, { recursive: true });
  const logger = options.logStream
    ? pino({ level: config.logLevel, base: { surface: 'app' } }, options.logStream)
    : pino({ level: config.logLevel, base: { surface: 'app' } });
  const database = options.database ?? (await openDatabase(config));
  await runMigrations(database);
  const keys = loadKeyRing(config.masterKeyFile);
  await startKeyedChain(database.db, { keyFile: config.auditKeyFile, dataDir: config.dataDir, now: (options.clock ?? systemClock).now() });
  const ctx: AppContext = { config, clock: options.clock ?? systemClock, database, db: database.db, keys, jobs: null, logger, logStream: options.logStream };
  if (config.jobs) {
    ctx.jobs = await startJobs(database, logger);
    for (const mod of MODULES) {
      if (mod.jobs) await mod.jobs(ctx.jobs, ctx);
    }
  }

  return ctx;
};

export type RunningApp = { ctx: AppContext; stop: () => Promise<void> };

/** Starts both surfaces on their own ports and stops gracefully on SIGTERM/SIGINT. */
export const startVangnet = async (config: Config): Promise<RunningApp> => {
  const ctx = await createContext(config);
  const publicApp = await buildPublicServer(ctx);
  const staffApp = await buildStaffServer(ctx);
  await publicApp.listen({ port: config.publicPort, host: config.publicHost });
  await staffApp.listen({ port: config.staffPort, host: config.staffHost });
  for (const mod of MODULES) {
    if (mod.onStarted) await mod.onStarted(ctx);
  }

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      ctx.logger.info('stopping: no new requests, finishing running jobs');
      await Promise.allSettled([publicApp.close(), staffApp.close()]);
      if (ctx.jobs) await ctx.jobs.stop();
      await ctx.database.close();
      ctx.logger.info('stopped');
    })();

    return stopping;
  };

  return { ctx, stop };
};
