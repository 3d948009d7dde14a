// Crawlee hands us the CommonJS build of cheerio; its types differ nominally from the ESM build.
import type { CheerioAPI } from 'cheerio' with { 'resolution-mode': 'require' };
import { MEDIA_URL } from './crawl-limits.ts';

const MAX_LINKS_PER_PAGE = 500;

/**
 * The links on a page worth following: <a href> only (never img/video/source), same host as the
 * source, matching one of the source's allowed patterns, and not a media file. Fragments dropped.
 */
export const pickLinks = ($: CheerioAPI, pageUrl: string, hosts: ReadonlySet<string>, allowed: readonly RegExp[]): string[] => {
  const out = new Set<string>();
  $('a[href]').each((_, el) => {
    if (out.size >= MAX_LINKS_PER_PAGE) return;
    const href = $(el).attr('href');
    if (!href) return;
    let url: URL;
    try {
      url = new URL(href, pageUrl);
    } catch {
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    if (!hosts.has(url.host)) return;
    url.hash = '';
    const s = url.href;
    if (MEDIA_URL.test(url.pathname) || s.length > 2000) return;
    if (!allowed.some((re) => re.test(s))) return;
    out.add(s);
  });

  return [...out];
};
