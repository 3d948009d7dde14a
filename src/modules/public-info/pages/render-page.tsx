import type { FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../../app/errors.ts';
import type { View } from '../../../app/view.ts';
import { isOfficeOpen } from '../../public-site/index.ts';
import type { LangContent } from './blocks.ts';
import type { VersionRow } from '../queries.ts';
import { cachedPage } from './render-cache.ts';
import { Blocks } from '../views/blocks.tsx';
import { InfoPage } from '../views/public-pages.tsx';

/**
 * A view for pages without forms: no CSRF token is made (that costs a cookie and a hash per
 * request), which is what lets a whole page be cached.
 */
export const formlessView = (req: FastifyRequest): View => ({
  lang: req.lang,
  path: req.url.split('?')[0] ?? '/',
  csrf: '',
  now: req.server.clock.now(),
  user: null,
});

// Whether the office is open changes on the hour; working it out (Intl, Europe/Amsterdam) costs more
// than the rest of a cached page, so it is worked out once a minute.
let officeMinute = Number.NaN;
let officeOpen = false;
const officeOpenAt = (now: Date): boolean => {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== officeMinute) {
    officeMinute = minute;
    officeOpen = isOfficeOpen(now);
  }

  return officeOpen;
};

/**
 * An information page as HTML. A version never changes, so the whole page is cached per version,
 * language and whether the office is open (the only parts of the layout that vary).
 */
export const renderInfoPage = async (
  req: FastifyRequest,
  reply: FastifyReply,
  versionId: string,
  load: () => Promise<VersionRow | undefined>,
): Promise<FastifyReply> => {
  const view = formlessView(req);
  const key = `${versionId}:${view.lang}:${officeOpenAt(view.now) ? 'open' : 'closed'}:${view.path}`;
  const html = await cachedPage(key, async () => {
    const version = await load();
    if (!version) throw notFound();
    const content: LangContent = version.content[view.lang];
    const body = (await (<Blocks blocks={content.blocks} />).toString()) as string;
    return `<!doctype html>${await (<InfoPage view={view} content={content} bodyHtml={body} />).toString()}`;
  });

  return reply.type('text/html; charset=utf-8').send(html);
};
