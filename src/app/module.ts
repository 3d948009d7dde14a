import type { FastifyInstance } from 'fastify';
import type { AppContext } from './context.ts';
import type { Jobs } from '../modules/jobs/jobs.ts';

/**
 * A domain module plugs into the app here: routes on the public surface, routes on the staff surface
 * (each with an access rule), and background jobs. Register it in src/app/modules.ts.
 */
export type VangnetModule = {
  name: string;
  publicRoutes?: (app: FastifyInstance, ctx: AppContext) => Promise<void>;
  staffRoutes?: (app: FastifyInstance, ctx: AppContext) => Promise<void>;
  jobs?: (jobs: Jobs, ctx: AppContext) => Promise<void>;
  /** Runs once after both surfaces listen (for example: tell how to create the first admin). */
  onStarted?: (ctx: AppContext) => Promise<void>;
  /**
   * Re-wraps every envelope-encrypted value this module stores with the current master key (after
   * `vangnet rotate-key`). Returns how many values it re-wrapped.
   */
  rewrapSecrets?: (ctx: AppContext) => Promise<number>;
  /**
   * `vangnet demo`: adds this module's clearly fictitious demo data. Must be safe to run twice (no
   * duplicates). Runs in MODULES order, so a module can use the demo data of the ones before it.
   */
  demo?: (ctx: AppContext, options: DemoOptions) => Promise<void>;
  /**
   * The staff start page's "Voor u" list: what waits for this user in this module (unread alerts and
   * the like), as counts with a link. Return nothing for roles that may not open the link. Counts
   * must be cheap (an indexed count, bounded by HOME_NOTICE_CAP); the page calls every module's hook.
   */
  homeNotices?: (ctx: AppContext, user: HomeNoticeUser) => Promise<HomeNotice[]>;
};

export type HomeNoticeUser = { id: string; roles: readonly string[] };

/** One line on the start page: "label: count", linking to where the items are. Shown only when count > 0. */
export type HomeNotice = { label: { nl: string; en: string }; count: number; href: string };

/** Counts stop here (a module counts at most CAP + 1 rows); the page shows "more than CAP". */
export const HOME_NOTICE_CAP = 99;

export type DemoOptions = {
  /** Print secrets (demo passwords) only when asked for with --show-passwords. */
  showPasswords: boolean;
  print: (line: string) => void;
};
