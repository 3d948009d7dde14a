import type { FastifyReply, FastifyRequest } from 'fastify';
import type { JSX } from 'hono/jsx/jsx-runtime';
import type { Lang } from '../web/i18n.ts';

/** What every page needs to render: language, where it is, a CSRF token, and who is signed in. */
export type View = {
  lang: Lang;
  path: string;
  csrf: string;
  user: { id: string; name: string; roles: readonly string[] } | null;
  /** The time this page is made at (office hours, "today"), from the app's clock. */
  now: Date;
};

export const view = (req: FastifyRequest, reply: FastifyReply): View => ({
  lang: req.lang,
  path: req.url.split('?')[0] ?? '/',
  csrf: reply.generateCsrf(),
  now: req.server.clock.now(),
  user: req.staff?.stage === 'active' ? { id: req.staff.user.id, name: req.staff.user.name, roles: req.staff.user.roles } : null,
});

/** Sends a JSX page as HTML. */
export const render = async (reply: FastifyReply, page: JSX.Element, status = 200): Promise<FastifyReply> => {
  const body = await page.toString();

  return reply.code(status).type('text/html; charset=utf-8').send(`<!doctype html>${body}`);
};

/** The same function as safeReturnPath (return-path.ts), under the name older code uses. */
export { safeReturnPath as localPath } from './return-path.ts';
