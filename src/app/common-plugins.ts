import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';
import { isLang, type Lang } from '../web/i18n.ts';
import { stylesheet } from '../web/stylesheet.ts';
import { safeReturnPath } from './return-path.ts';
import type { AppContext } from './context.ts';

/** Largest urlencoded form body we accept. Fields have their own, smaller limits. */
export const FORM_BODY_LIMIT = 1024 * 1024;

export type ErrorKind = 'notFound' | 'forbidden' | 'error' | 'tooLarge' | 'csrf' | 'tooMany' | 'badRequest' | 'uriTooLong' | 'headersTooLarge' | 'timeout';

export type ErrorPageRenderer = (req: FastifyRequest, reply: FastifyReply, kind: ErrorKind, status: number) => Promise<FastifyReply>;

const LANG_COOKIE = 'vn_lang';

/**
 * What both surfaces share: cookies, forms, security headers, CSRF on every form post, language,
 * the stylesheet, and error pages without stack traces.
 */
export const registerCommon = async (
  app: FastifyInstance,
  ctx: AppContext,
  surface: 'public' | 'staff',
  renderError: ErrorPageRenderer,
): Promise<void> => {
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: FORM_BODY_LIMIT });
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: ctx.config.tls ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(csrf, {
    cookieKey: surface === 'public' ? 'vn_csrf' : 'vn_staff_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', secure: ctx.config.tls, signed: false },
    getToken: (req) => {
      const body = req.body as Record<string, unknown> | undefined;
      const fromBody = body && typeof body._csrf === 'string' ? body._csrf : undefined;
      const fromQuery = (req.query as Record<string, unknown> | undefined)?._csrf;

      return fromBody ?? (typeof fromQuery === 'string' ? fromQuery : undefined);
    },
  });
  // In-memory only: nothing about who asked is written anywhere (hard rule 2).
  await app.register(rateLimit, { global: false });

  app.decorate('clock', ctx.clock);
  app.decorateRequest('lang', 'nl');
  app.addHook('onRequest', async (req) => {
    const fromCookie = req.cookies[LANG_COOKIE];
    req.lang = isLang(fromCookie) ? fromCookie : 'nl';
  });

  // CSRF as a preHandler: only then is the form body parsed (see research note 1.1). Every
  // state-changing request is checked unless its route opts out explicitly.
  app.addHook('preHandler', (req, reply, done) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.routeOptions.config.csrf === false) return done();
    app.csrfProtection(req, reply, done);
  });

  app.addHook('onSend', async (req, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html') || surface === 'staff') {
      if (!req.url.startsWith('/assets/')) reply.header('cache-control', 'no-store');
    }

    return payload;
  });

  app.get('/assets/vangnet.css', { config: { access: 'anyone' } }, async (req, reply) => {
    const css = stylesheet();
    if (req.headers['if-none-match'] === css.etag) return reply.code(304).send();

    return reply.type('text/css; charset=utf-8').header('etag', css.etag).header('cache-control', 'public, max-age=3600').send(css.body);
  });

  // Browsers ask for it on every first visit; an empty answer keeps 404s out of the logs.
  app.get('/favicon.ico', { config: { access: 'anyone' } }, async (_req, reply) => reply.code(204).send());

  app.get<{ Params: { lang: string }; Querystring: { terug?: string } }>(
    '/taal/:lang',
    { config: { access: 'anyone' } },
    async (req, reply) => {
      const lang: Lang = isLang(req.params.lang) ? req.params.lang : 'nl';
      reply.setCookie(LANG_COOKIE, lang, { path: '/', sameSite: 'lax', httpOnly: true, secure: ctx.config.tls, maxAge: 365 * 24 * 3600 });

      return reply.redirect(safeReturnPath(req.query.terug), 303);
    },
  );

  app.setNotFoundHandler(async (req, reply) => renderError(req, reply, 'notFound', 404));

  app.setErrorHandler(async (error: FastifyError | AppError, req, reply) => {
    const status = error.statusCode ?? 500;
    if (error instanceof AppError) {
      const kind: ErrorKind = error.code === 'NOT_FOUND' ? 'notFound' : error.code === 'FORBIDDEN' ? 'forbidden' : 'error';
      return renderError(req, reply, kind, error.statusCode);
    }
    if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') return renderError(req, reply, 'csrf', 403);
    if (status === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.code === 'FST_REQ_FILE_TOO_LARGE') {
      return renderError(req, reply, 'tooLarge', 413);
    }
    if (status === 429) return renderError(req, reply, 'tooMany', 429);
    // A header value Node refuses (a control character in a Location): never a half-sent redirect.
    if (error.code === 'ERR_INVALID_CHAR' || error.code === 'ERR_HTTP_INVALID_HEADER_VALUE') {
      reply.removeHeader('location');
      return renderError(req, reply, 'badRequest', 400);
    }
    if (status === 408) return renderError(req, reply, 'timeout', 408);
    if (status === 414) return renderError(req, reply, 'uriTooLong', 414);
    if (status === 400 || status === 415) return renderError(req, reply, 'badRequest', status);
    if (status >= 400 && status < 500) return renderError(req, reply, 'error', status);
    req.log.error({ err: error }, 'unhandled error');

    return renderError(req, reply, 'error', 500);
  });
};

declare module 'fastify' {
  interface FastifyRequest {
    lang: Lang;
  }
  interface FastifyInstance {
    clock: import('./clock.ts').Clock;
  }
  interface FastifyContextConfig {
    /** Staff routes: who may use it. Missing means closed. */
    access?: import('../modules/accounts/index.ts').Access;
    /** Set to false only for a route that checks its own token (never for a form). */
    csrf?: boolean;
  }
}
