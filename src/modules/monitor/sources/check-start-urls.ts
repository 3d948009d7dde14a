import { checkOutboundLiteral, type OutboundPolicy, type OutboundRefusal, refusalOf, resolveOutboundHost } from '../../../app/outbound/guard.ts';

/** How long the form waits for one start URL's name to resolve; a slow or unknown name is left to the crawl. */
const ENTRY_DNS_MS = 3000;

export type RefusedStartUrl = { url: string; refusal: OutboundRefusal };

/**
 * Issue 12: a start URL that points into this server or an internal network is refused when it is
 * typed, with the same address check as the crawl (src/app/outbound/guard.ts). An address literal is
 * checked as written, a name by resolving it once. A name that does not resolve now is not refused
 * here (the site may be down for a moment); the crawl checks every address again before it connects.
 * URLs that are not http(s) are left to the form's own rules.
 */
export const findRefusedStartUrl = async (urls: readonly string[], policy: OutboundPolicy): Promise<RefusedStartUrl | null> => {
  const checks = urls.map(async (raw): Promise<RefusedStartUrl | null> => {
    let url: URL;
    try {
      url = new URL(raw);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
      checkOutboundLiteral(url, policy);
      await resolveOutboundHost(url.hostname, policy, ENTRY_DNS_MS);
      return null;
    } catch (err) {
      const refusal = refusalOf(err);
      return refusal?.reason === 'address' ? { url: raw, refusal } : null;
    }
  });
  for (const found of await Promise.all(checks)) if (found) return found;

  return null;
};
