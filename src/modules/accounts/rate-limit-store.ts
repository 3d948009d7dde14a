import { createHash } from 'node:crypto';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { AppContext } from '../../app/context.ts';
import { addRequestHit, deleteEndedRequestLimits } from './queries.ts';

/**
 * A `@fastify/rate-limit` store in the database (table `request_limits`), so the staff server's
 * limits hold across every app process behind one address instead of per process. Windows run on
 * `ctx.clock`. Each route gets its own counters (`child`), like the plugin's memory store.
 */
export const databaseRateLimitStore = (ctx: AppContext): FastifyRateLimitStoreCtor => {
  class DatabaseStore implements FastifyRateLimitStore {
    private readonly route: string;

    // The plugin calls `new Store(pluginOptions)`; `child` passes the route's name.
    constructor(route: unknown) {
      this.route = typeof route === 'string' ? route : '*';
    }

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      const now = ctx.clock.now();
      const hashed = createHash('sha256').update(`${this.route}\n${key}`).digest('base64url');
      addRequestHit(ctx.db, { key: hashed, now, windowMs: timeWindow })
        .then(async (row) => {
          // The first hit of a window clears windows that ended, so the table stays small.
          if (row.hits === 1) await deleteEndedRequestLimits(ctx.db, now);
          callback(null, { current: row.hits, ttl: Math.max(0, row.windowEndsAt.getTime() - now.getTime()) });
        })
        .catch((err: Error) => callback(err));
    }

    // The plugin hands the route over as `routeInfo` in the merged options (its types say otherwise).
    child(options: object): FastifyRateLimitStore {
      const route = (options as { routeInfo?: { method?: string | string[]; url?: string } }).routeInfo ?? {};
      const method = Array.isArray(route.method) ? route.method.join(',') : (route.method ?? '');
      return new DatabaseStore(`${method} ${route.url ?? ''}`);
    }
  }

  return DatabaseStore as unknown as FastifyRateLimitStoreCtor;
};
