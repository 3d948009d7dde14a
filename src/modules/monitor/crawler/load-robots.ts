import { createRequire } from 'node:module';

type Robot = { isAllowed: (url: string, ua?: string) => boolean | undefined; getCrawlDelay: (ua?: string) => number | undefined };
// robots-parser is CommonJS and its typings declare an ES default export that does not exist at run time.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, body: string) => Robot;

export type RobotsRules = { isAllowed: (url: string) => boolean; crawlDelaySecs: number | null };

const MAX_ROBOTS_BYTES = 512 * 1024;

/**
 * Reads a host's robots.txt ourselves (with our honest user agent and our own limits) rather than
 * through Crawlee, whose robots fetch sends a browser-like user agent. No robots.txt (404) means
 * everything is allowed; a robots.txt that cannot be read (timeout, 5xx) means nothing is, for now.
 */
export const loadRobots = async (origin: string, userAgent: string, timeoutMs: number): Promise<RobotsRules> => {
  const url = new URL('/robots.txt', origin).href;
  let body = '';
  try {
    const res = await fetch(url, { headers: { 'user-agent': userAgent }, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    if (res.status >= 500) return { isAllowed: () => false, crawlDelaySecs: null };
    if (res.status >= 400) {
      await res.body?.cancel();
      return { isAllowed: () => true, crawlDelaySecs: null };
    }
    body = (await res.text()).slice(0, MAX_ROBOTS_BYTES);
  } catch {
    return { isAllowed: () => false, crawlDelaySecs: null };
  }
  const robots = robotsParser(url, body);

  return { isAllowed: (u) => robots.isAllowed(u, userAgent) !== false, crawlDelaySecs: robots.getCrawlDelay(userAgent) ?? null };
};
