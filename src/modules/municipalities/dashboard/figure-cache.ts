import type { AppContext } from '../../../app/context.ts';
import type { Figure } from '../../../app/module.ts';

/**
 * Counting a million reports for every page view is wasteful (a national pass takes seconds at the
 * issue's size), so the counts are kept in memory per AppContext (so tests and processes never share
 * one). Only counts, never a record, nothing on disk.
 *
 * - Younger than CACHE_MINUTES: served as they are.
 * - Up to STALE_MINUTES: still served at once, and counted again in the background, so the page after
 *   expiry does not wait for the national pass. The page says when it was counted.
 * - Older, or not there: the page waits for a new count.
 * Two pages that need the same counts at once share one count.
 */
export const CACHE_MINUTES = 10;
export const STALE_MINUTES = 2 * CACHE_MINUTES;
const MAX_ENTRIES = 200;

type Loaded = { figures: (Figure & { module: string })[]; failed: string[] };
type Entry = Loaded & { at: number };
const caches = new WeakMap<AppContext, Map<string, Entry>>();
const inFlight = new WeakMap<AppContext, Map<string, Promise<Entry>>>();

const count = (ctx: AppContext, key: string, load: () => Promise<Loaded>): Promise<Entry> => {
  const running = inFlight.get(ctx) ?? new Map<string, Promise<Entry>>();
  inFlight.set(ctx, running);
  const known = running.get(key);
  if (known) return known;
  const at = ctx.clock.now().getTime();
  const pending = load()
    .then((loaded) => {
      const entry = { at, ...loaded };
      // A module that failed is not kept: the next view tries it again.
      if (loaded.failed.length === 0) {
        const cache = caches.get(ctx) ?? new Map<string, Entry>();
        caches.set(ctx, cache);
        cache.delete(key);
        if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value ?? '');
        cache.set(key, entry);
      }
      return entry;
    })
    .finally(() => running.delete(key));
  running.set(key, pending);

  return pending;
};

export const cachedFigures = async (ctx: AppContext, key: string, load: () => Promise<Loaded>): Promise<Entry & { fresh: boolean }> => {
  const age = (e: Entry) => ctx.clock.now().getTime() - e.at;
  const hit = caches.get(ctx)?.get(key);
  if (hit && age(hit) < CACHE_MINUTES * 60_000) return { ...hit, fresh: false };
  if (hit && age(hit) < STALE_MINUTES * 60_000) {
    // Counted again behind the page; a failure here only means the next page tries again.
    count(ctx, key, load).catch(() => undefined);
    return { ...hit, fresh: false };
  }

  return { ...(await count(ctx, key, load)), fresh: true };
};

/** Resolves when the background counts of this context are done (tests, and a clean shutdown). */
export const figureCountsSettled = async (ctx: AppContext): Promise<void> => {
  await Promise.allSettled([...(inFlight.get(ctx)?.values() ?? [])]);
};

export const clearFigureCache = (ctx: AppContext) => caches.delete(ctx);
