import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from './context.ts';
import type { HomeNotice, HomeNoticeUser, VangnetModule } from './module.ts';

/**
 * Asks every module what waits for this user. A module whose count fails is left out (and logged):
 * the start page must still open when one module's table is in trouble.
 */
export const collectHomeNotices = async (
  modules: readonly VangnetModule[],
  ctx: AppContext,
  user: HomeNoticeUser,
  log: FastifyBaseLogger,
): Promise<HomeNotice[]> => {
  const lists = await Promise.all(
    modules.map(async (mod) => {
      if (!mod.homeNotices) return [];
      try {
        return await mod.homeNotices(ctx, user);
      } catch (err) {
        log.warn({ err, module: mod.name }, 'home notices failed');
        return [];
      }
    }),
  );

  return lists.flat().filter((n) => n.count > 0);
};
