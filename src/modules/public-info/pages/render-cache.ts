import { LIVE_CHANNEL } from '../queries.ts';

/**
 * Rendered page bodies per published version and language. A version never changes once saved, so
 * its id is a safe key: publishing a new version simply uses a new key. Bounded, oldest out first.
 */
const MAX_ENTRIES = 2000;

const bounded = <V>() => {
  const map = new Map<string, V>();
  return async (key: string, make: () => Promise<V> | V): Promise<V> => {
    const hit = map.get(key);
    if (hit !== undefined) return hit;
    const value = await make();
    if (map.size >= MAX_ENTRIES) {
      const oldest = map.keys().next().value;
      if (oldest !== undefined) map.delete(oldest);
    }
    map.set(key, value);

    return value;
  };
};

/** A rendered fragment (a campaign's blocks between its report buttons). */
export const cachedRender: (key: string, render: () => Promise<string> | string) => Promise<string> = bounded<string>();

const pages = bounded<Buffer>();

/**
 * A whole page, kept as UTF-8 bytes: a hit is sent as it is, without encoding the text again on
 * every request (bench/public-info.ts measures the difference).
 */
export const cachedPage = (key: string, render: () => Promise<string>): Promise<Buffer> => pages(key, async () => Buffer.from(await render(), 'utf8'));

/**
 * Which version of a page is live, remembered so a busy page costs no database round trip (one
 * PGlite query costs more than rendering the whole page from the cache). Kept per app instance (one
 * per process in production; tests run several in one process, also on one database).
 *
 * How soon another instance shows a published change: publishing sends a NOTIFY on LIVE_CHANNEL in
 * its transaction, so every instance listening on the same database (PostgreSQL: every process;
 * PGlite: every instance on that one embedded database) forgets the page as the change commits.
 * Should the listening connection be lost, an entry is still read again after LIVE_TTL_MS at most.
 */
export const LIVE_TTL_MS = 5000;

type Live = { entries: Map<string, { id: string | null; until: number }>; generation: number };
const lives = new WeakMap<object, Live>();

const liveOf = (instance: object): Live => {
  let live = lives.get(instance);
  if (!live) {
    live = { entries: new Map(), generation: 0 };
    lives.set(instance, live);
  }
  return live;
};

export const cachedLiveVersion = async (instance: object, slug: string, now: number, load: () => Promise<string | null>): Promise<string | null> => {
  const live = liveOf(instance);
  const hit = live.entries.get(slug);
  if (hit && hit.until > now) return hit.id;
  // A change announced while this read was under way may not be in what it read: then it is not kept.
  const generation = live.generation;
  const id = await load();
  if (live.generation !== generation) return id;
  if (live.entries.size >= MAX_ENTRIES) live.entries.clear();
  live.entries.set(slug, { id, until: now + LIVE_TTL_MS });

  return id;
};

/** Forgets one page, or all of them (`null`: notifications may have been missed). */
export const forgetLiveVersion = (instance: object, slug: string | null) => {
  const live = liveOf(instance);
  live.generation += 1;
  if (slug === null) live.entries.clear();
  else live.entries.delete(slug);
};

const watching = new WeakSet<object>();

/** Starts listening for published changes, once per app instance. */
export const watchLiveVersions = async (instance: object, listen: (channel: string, onNotify: (slug: string | null) => void) => Promise<void>) => {
  if (watching.has(instance)) return;
  watching.add(instance);
  await listen(LIVE_CHANNEL, (slug) => forgetLiveVersion(instance, slug));
};
