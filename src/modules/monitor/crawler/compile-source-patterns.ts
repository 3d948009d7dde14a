import type { Logger } from 'pino';
import { compileUrlPattern } from '../sources/check-url-pattern.ts';
import type { SourceRow } from '../queries/sources.ts';

/** Matches nothing: a refused ad pattern means no page is read as an ad. */
const NEVER = /(?!)/;

/**
 * The source's URL patterns, checked again at crawl time (a pattern stored before the check existed,
 * or written to the database directly, must not stall the crawler): a pattern that fails the check is
 * left out and logged. With no allowed pattern left, no link is followed.
 */
export const compileSourcePatterns = (source: Pick<SourceRow, 'allowedUrlPatterns' | 'selectors'>, log: Logger): { allowed: RegExp[]; adPattern: RegExp } => {
  const allowed: RegExp[] = [];
  for (const pattern of source.allowedUrlPatterns) {
    const re = compileUrlPattern(pattern);
    if (re) allowed.push(re);
    else log.warn({ pattern: pattern.slice(0, 300) }, 'allowed URL pattern refused (unsafe or invalid), not used');
  }
  const ad = compileUrlPattern(source.selectors.adUrlPattern);
  if (!ad) log.warn({ pattern: source.selectors.adUrlPattern.slice(0, 300) }, 'ad URL pattern refused (unsafe or invalid), no page is read as an ad');

  return { allowed, adPattern: ad ?? NEVER };
};
