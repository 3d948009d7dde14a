/**
 * Rendered page bodies per published version and language. A version never changes once saved, so
 * its id is a safe key: publishing a new version simply uses a new key. Bounded, oldest out first.
 */
const MAX_ENTRIES = 2000;
const cache = new Map<string, string>();

export const cachedRender = async (key: string, render: () => Promise<string> | string): Promise<string> => {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const html = await render();
  if (cache.size >= MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(key, html);

  return html;
};

/**
 * Which version of a page is live, remembered for a few seconds so a busy page costs no database
 * round trip (one PGlite query costs more than rendering the whole page from the cache). Publishing
 * in this process forgets the entry at once; another process (PostgreSQL with several workers) sees
 * a new version within LIVE_TTL_MS.
 */
export const LIVE_TTL_MS = 5000;
// Per database (one per process in production; tests run several apps in one process).
const lives = new WeakMap<object, Map<string, { id: string | null; until: number }>>();

const liveOf = (db: object) => {
  let live = lives.get(db);
  if (!live) {
    live = new Map();
    lives.set(db, live);
  }
  return live;
};

export const cachedLiveVersion = async (db: object, slug: string, now: number, load: () => Promise<string | null>): Promise<string | null> => {
  const live = liveOf(db);
  const hit = live.get(slug);
  if (hit && hit.until > now) return hit.id;
  const id = await load();
  if (live.size >= MAX_ENTRIES) live.clear();
  live.set(slug, { id, until: now + LIVE_TTL_MS });

  return id;
};

export const forgetLiveVersion = (db: object, slug: string) => {
  liveOf(db).delete(slug);
};
