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
