import type { AppContext } from '../../../app/context.ts';
import { outboundGet } from '../../../app/outbound/outbound-get.ts';
import { linksOf } from '../pages/blocks.ts';
import { allCampaignCodes, listPublished, replaceBrokenLinks } from '../queries.ts';

/** The public site's own pages that content may link to (other modules' public routes). */
const KNOWN_PATHS = new Set(['/', '/melden', '/mijn-melding', '/hoe-wij-werken', '/hulp', '/privacy', '/informatie', '/signalenwijzer', '/zoeken']);

export type BrokenLink = { slug: string; href: string; problem: 'unknownPage' | 'unreachable' | 'httpError' };

/** How an external link is tried; tests pass their own, production goes through the outbound guard. */
export type LinkProbe = (url: string) => Promise<number>;

export const guardedProbe =
  (ctx: AppContext): LinkProbe =>
  async (url) =>
    (await outboundGet(url, { allowPrivate: ctx.config.outboundAllowPrivate, timeoutMs: 10_000, maxBytes: 2048, maxRedirects: 3 })).status;

const MAX_EXTERNAL = 100;

/**
 * Checks every link in published content: paths on this site against the pages that exist, web
 * addresses by a small GET through the outbound guard (every user-typed URL goes through it).
 * Replaces the stored list of broken links and returns it.
 */
export const checkContentLinks = async (ctx: AppContext, probe: LinkProbe = guardedProbe(ctx)): Promise<BrokenLink[]> => {
  const published = await listPublished(ctx.db);
  const pageSlugs = new Set(published.filter((r) => r.page.kind === 'page').map((r) => r.page.slug));
  const codes = await allCampaignCodes(ctx.db);
  const broken: BrokenLink[] = [];
  const external = new Map<string, number>();
  for (const { page, version } of published) {
    const hrefs = new Set([...linksOf(version.content.nl.blocks), ...linksOf(version.content.en.blocks)]);
    for (const href of hrefs) {
      if (href.startsWith('/')) {
        const path = href.split(/[?#]/)[0] ?? '';
        const info = /^\/informatie\/([a-z0-9-]+)$/.exec(path);
        const landing = /^\/c\/([a-z0-9-]+)$/.exec(path);
        const ok = KNOWN_PATHS.has(path) || (info && pageSlugs.has(info[1] ?? '')) || (landing && codes.has(landing[1] ?? ''));
        if (!ok) broken.push({ slug: page.slug, href, problem: 'unknownPage' });
        continue;
      }
      if (!/^https?:/.test(href)) continue;
      if (!external.has(href) && external.size >= MAX_EXTERNAL) continue;
      let status = external.get(href);
      if (status === undefined) {
        status = await probe(href).catch(() => 0);
        external.set(href, status);
      }
      if (status === 0) broken.push({ slug: page.slug, href, problem: 'unreachable' });
      else if (status >= 400) broken.push({ slug: page.slug, href, problem: 'httpError' });
    }
  }
  const at = ctx.clock.now();
  await replaceBrokenLinks(
    ctx.db,
    broken.map((b) => ({ ...b, checkedAt: at })),
  );

  return broken;
};
