import type { Logger } from 'pino';
import type { Db, Database } from '../db/client.ts';
import type { KeyRing } from '../modules/crypto/index.ts';
import type { Jobs } from '../modules/jobs/index.ts';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';

/** What every route and command may use. Built once at start (src/app/start.ts) or per test. */
export type AppContext = {
  config: Config;
  /** The time, for every command and page that shows or compares it (tests set their own). */
  clock: Clock;
  database: Database;
  db: Db;
  keys: KeyRing;
  /** Null when JOBS=off (most tests). */
  jobs: Jobs | null;
  logger: Logger;
  /** Where all three loggers write; stdout unless a test captures it. */
  logStream?: NodeJS.WritableStream;
};
