import type { AppContext } from '../../../app/context.ts';
import { collectFigures } from '../../../app/module-hooks.ts';
import { registeredModules } from '../../../app/registry.ts';
import { CACHE_MINUTES } from './figure-cache.ts';
import { type Collect, figureWindow, windowCounts } from './load-dashboard.ts';
import { currentMonth } from './parse-dashboard-query.ts';

/**
 * One look at the counts of the current window (the one every page of the last MAX_MONTHS months is
 * cut from): counted now when there are none, counted again behind the pages when they are older than
 * CACHE_MINUTES, left alone when fresh. So the national pass (about 15 s at 1,000,000 reports, issue 17)
 * runs here and not while a supervisor waits for the first page of the day.
 */
export const warmDashboardCounts = async (ctx: AppContext, collect: Collect): Promise<void> => {
  const thisMonth = currentMonth(ctx.clock.now());
  await windowCounts(ctx, collect, figureWindow({ from: thisMonth, to: thisMonth, municipality: null, region: null }, thisMonth));
};

/**
 * In a started app (onStarted; tests that only build an app do not start it): one look right away,
 * then every half cache period, so the counts never get older than the stale limit and no page waits.
 * The timer does not keep the process alive; a failed count is logged (no content) and tried again.
 */
export const startDashboardWarmUp = async (ctx: AppContext): Promise<void> => {
  const collect: Collect = (query) => collectFigures(registeredModules(), ctx, query, ctx.logger);
  const look = () => {
    warmDashboardCounts(ctx, collect).catch((err: unknown) => ctx.logger.warn({ err }, 'dashboard counts warm-up failed'));
  };
  look();
  setInterval(look, (CACHE_MINUTES * 60_000) / 2).unref();
};
