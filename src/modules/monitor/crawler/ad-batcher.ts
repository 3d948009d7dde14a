import type { Db } from '../../../db/client.ts';
import type { Lexicon } from '../indicators/lexicon.ts';
import { type StoreAdResult, storeAd } from './store-ad.ts';
import { type StoreAdInput, storeAds } from './store-ads.ts';

/** Ads per transaction: big enough that round trips stop mattering, small enough to hold few locks briefly. */
export const AD_BATCH_SIZE = 200;

export type AdBatcher<T> = {
  /** Queues an ad; waits only when a full batch is already being stored (so memory stays bounded). */
  add: (item: StoreAdInput, tag: T) => Promise<void>;
  /** Stores what is queued and waits for every batch to finish. */
  close: () => Promise<void>;
};

/**
 * Collects the crawler's ads and stores them with storeAds, AD_BATCH_SIZE at a time, one batch after
 * the other. `done` hears of each ad once it is committed (the crawler marks its page done then, so a
 * page whose ad was never stored stays pending and is fetched again at the next run). When a batch
 * fails, its ads are stored one by one with storeAd, so one bad ad costs only itself; `failed` hears
 * of those that fail again.
 */
export const createAdBatcher = <T>(
  db: Db,
  options: {
    sourceId: string;
    lexicon: Lexicon;
    size?: number;
    done: (result: StoreAdResult, tag: T) => Promise<void>;
    failed: (error: unknown, tag: T) => Promise<void>;
  },
): AdBatcher<T> => {
  const size = options.size ?? AD_BATCH_SIZE;
  let queue: Array<{ item: StoreAdInput; tag: T }> = [];
  let running: Promise<void> = Promise.resolve();
  let inFlight = 0;
  // A failing `done`/`failed` (the frontier could not be marked) ends the crawl at close, not mid-batch.
  let error: unknown = null;

  const store = async (batch: Array<{ item: StoreAdInput; tag: T }>) => {
    let results: StoreAdResult[] | null = null;
    try {
      results = await storeAds(
        db,
        options.sourceId,
        batch.map((b) => b.item),
        { lexicon: options.lexicon },
      );
    } catch {
      results = null;
    }
    if (results) {
      for (const [i, b] of batch.entries()) await options.done(results[i] as StoreAdResult, b.tag);
      return;
    }
    for (const b of batch) {
      try {
        await options.done(await storeAd(db, { sourceId: options.sourceId, ...b.item, lexicon: options.lexicon }), b.tag);
      } catch (error) {
        await options.failed(error, b.tag);
      }
    }
  };
  const flush = () => {
    if (queue.length === 0) return running;
    const batch = queue;
    queue = [];
    inFlight += 1;
    running = running
      .then(() => store(batch))
      .catch((e: unknown) => {
        error ??= e;
      })
      .finally(() => {
        inFlight -= 1;
      });
    return running;
  };

  return {
    add: async (item, tag) => {
      queue.push({ item, tag });
      if (queue.length < size) return;
      // One batch stored while the next fills; a third waits for the first.
      if (inFlight > 0) await running;
      void flush();
    },
    close: async () => {
      await flush();
      await running;
      if (error) throw error;
    },
  };
};
