import type { AppContext } from '../../../app/context.ts';
import type { Figure } from '../../../app/module.ts';

/**
 * Counting a million reports for every page view is wasteful, so the counts per period and area are
 * kept in memory for CACHE_MINUTES. They may be that stale; the page says so. Only counts are kept,
 * never a record, and nothing goes to disk. Per AppContext, so tests and processes never share one.
 */
export const CACHE_MINUTES = 10;
const MAX_ENTRIES = 200;

type Entry = { at: number; figures: (Figure & { module: string })[]; failed: string[] };
const caches = new WeakMap<AppContext, Map<string, Entry>>();
// Counts being made now: a second page that needs the same counts waits for the same count.
const inFlight = new WeakMap<AppContext, Map<string, Promise<{ figures: (Figure & { module: string })[]; failed: string[] }>>>();

export const cachedFigures = async (
  ctx: AppContext,
  key: string,
  load: () => Promise<{ figures: (Figure & { module: string })[]; failed: string[] }>,
): Promise<Entry & { fresh: boolean }> => {
  const now = ctx.clock.now().getTime();
  const cache = caches.get(ctx) ?? new Map<string, Entry>();
  caches.set(ctx, cache);
  const hit = cache.get(key);
  if (hit && now - hit.at < CACHE_MINUTES * 60_000) return { ...hit, fresh: false };
  const running = inFlight.get(ctx) ?? new Map();
  inFlight.set(ctx, running);
  const pending = running.get(key) ?? load();
  running.set(key, pending);
  const loaded = await pending.finally(() => running.delete(key));
  // A module that failed is not cached: the next view tries it again.
  const entry = { at: now, ...loaded };
  if (loaded.failed.length === 0) {
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value ?? '');
    cache.set(key, entry);
  }

  return { ...entry, fresh: true };
};

export const clearFigureCache = (ctx: AppContext) => caches.delete(ctx);
