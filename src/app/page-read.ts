import type { Db } from '../db/client.ts';
import type { AppContext } from './context.ts';

/**
 * A read for a page: a query of the module's queries.ts, taking the context like a command does. Routes
 * call these (each module's reads.ts) or commands, never queries.ts, so no route holds the database
 * handle and every write goes through a command (docs/CODE_STYLE.md, "Commands").
 */
export const pageRead =
  <A extends unknown[], R>(query: (db: Db, ...args: A) => R) =>
  (ctx: AppContext, ...args: A): R =>
    query(ctx.db, ...args);
