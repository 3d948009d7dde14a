import { loadConfig } from '../app/config.ts';
import { createContext } from '../app/start.ts';

/**
 * `vangnet worker`: a process that only runs jobs (crawls, alert checks, rescoring, cleanup), no web
 * servers. On PostgreSQL several of them can run beside `vangnet start`; pg-boss hands each job to one
 * process. The embedded database allows one process only, and `start` already runs the jobs there.
 */
export const run = async (): Promise<number> => {
  const config = loadConfig();
  if (!config.databaseUrl) {
    console.error(
      'De ingebouwde database (PGlite) kan maar door één proces tegelijk gebruikt worden; `npm start` voert de taken daar al uit.\n' +
        'Gebruik `vangnet worker` alleen met DATABASE_URL (PostgreSQL).\n' +
        '(The embedded database allows one process only and `npm start` already runs the jobs; use `worker` with DATABASE_URL.)',
    );
    return 2;
  }
  if (!config.jobs) {
    console.error('JOBS=off: een worker zonder taken heeft niets te doen. (A worker with JOBS=off has nothing to do.)');
    return 2;
  }
  const ctx = await createContext(config);
  console.log('Vangnet worker runs jobs on PostgreSQL (DATABASE_URL); no web servers in this process.');
  const shutdown = (signal: string) => {
    console.log(`${signal}: stopping gracefully…`);
    (async () => {
      // Running jobs finish first (up to 30 s), then the database closes.
      await ctx.jobs?.stop();
      await ctx.database.close();
    })().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));

  return 0;
};
