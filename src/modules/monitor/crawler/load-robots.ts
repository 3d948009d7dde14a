import { createRequire } from 'node:module';
import { type OutboundPolicy, type OutboundRefusal, refusalOf } from '../../../app/outbound/guard.ts';
import { outboundGet } from '../../../app/outbound/outbound-get.ts';

type Robot = { isAllowed: (url: string, ua?: string) => boolean | undefined; getCrawlDelay: (ua?: string) => number | undefined };
// robots-parser is CommonJS and its typings declare an ES default export that does not exist at run time.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, body: string) => Robot;

export type RobotsRules = {
  isAllowed: (url: string) => boolean;
  crawlDelaySecs: number | null;
  /** Set when the outbound guard refused the host: then nothing of it is fetched, and the page says why. */
  refused: OutboundRefusal | null;
};

const MAX_ROBOTS_BYTES = 512 * 1024;

/**
 * Reads a host's robots.txt ourselves (with our honest user agent and our own limits) rather than
 * through Crawlee, whose robots fetch sends a browser-like user agent. No robots.txt (404) means
 * everything is allowed; a robots.txt that cannot be read (timeout, 5xx) means nothing is, for now.
 * It is fetched through the outbound guard like every page, redirects included.
 */
export const loadRobots = async (origin: string, userAgent: string, timeoutMs: number, policy: OutboundPolicy): Promise<RobotsRules> => {
  const url = new URL('/robots.txt', origin).href;
  let body = '';
  try {
    const res = await outboundGet(url, { ...policy, timeoutMs, maxBytes: MAX_ROBOTS_BYTES, maxRedirects: 5, headers: { 'user-agent': userAgent } });
    if (res.status >= 500) return { isAllowed: () => false, crawlDelaySecs: null, refused: null };
    if (res.status >= 400) return { isAllowed: () => true, crawlDelaySecs: null, refused: null };
    body = res.body;
  } catch (err) {
    return { isAllowed: () => false, crawlDelaySecs: null, refused: refusalOf(err) };
  }
  const robots = robotsParser(url, body);

  return { isAllowed: (u) => robots.isAllowed(u, userAgent) !== false, crawlDelaySecs: robots.getCrawlDelay(userAgent) ?? null, refused: null };
};
