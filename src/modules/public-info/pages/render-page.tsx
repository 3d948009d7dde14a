import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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

// What is not a security header in an answer (the page sets its own of these).
const NOT_SECURITY = new Set(['date', 'connection', 'keep-alive', 'content-length', 'content-type', 'cache-control', 'transfer-encoding', 'etag']);
const securityHeaders = new WeakMap<FastifyInstance, Promise<Record<string, string>>>();

/**
 * The security headers helmet gives every answer of this server, read once from one it made (the
 * favicon). Helmet builds its middleware again for every request, which costs more than sending a
 * cached page; the page route skips it and sends these, exactly the same headers
 * (pages/public-pages.test.ts compares them with a page helmet served).
 */
export const helmetHeaders = (app: FastifyInstance): Promise<Record<string, string>> => {
  let headers = securityHeaders.get(app);
  if (!headers) {
    headers = app.inject({ method: 'GET', url: '/favicon.ico' }).then(
      (res) => Object.fromEntries(Object.entries(res.headers).flatMap(([k, v]) => (NOT_SECURITY.has(k) || v === undefined ? [] : [[k, String(v)]]))),
      (err: unknown) => {
        securityHeaders.delete(app);
        throw err;
      },
    );
    securityHeaders.set(app, headers);
  }

  return headers;
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
