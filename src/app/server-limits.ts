import type { Socket } from 'node:net';
import type { Server } from 'node:http';
import type { FastifyError, FastifyHttpOptions, FastifyReply, FastifyRequest } from 'fastify';
import { bareErrorPage } from '../web/error-page.tsx';
import type { ErrorKind } from './common-plugins.ts';
import type { AppContext } from './context.ts';
import { RETURN_PATH_MAX } from './return-path.ts';

/**
 * A path parameter may be this long (encoded). Identifier keys are up to 300 characters; a URL key
 * percent-encoded can take three to twelve times that, so the router must not cut it at Fastify's 100.
 */
export const MAX_PARAM_LENGTH = RETURN_PATH_MAX;

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 414: 'URI Too Long', 431: 'Request Header Fields Too Large' };

// The same strict headers the pages get from helmet, for the pages written before helmet runs.
const BARE_HEADERS: Record<string, string> = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': "default-src 'none'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

const frameworkKind = (code: string): { kind: ErrorKind; status: number } =>
  code === 'FST_ERR_MAX_PARAM_LENGTH' ? { kind: 'uriTooLong', status: 414 } : { kind: 'badRequest', status: 400 };

/** A socket-level error (before Fastify has a request): the status and page for it. */
const clientKind = (code: string | undefined): { kind: ErrorKind; status: number } => {
  if (code === 'HPE_HEADER_OVERFLOW') return { kind: 'headersTooLarge', status: 431 };
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT' || code === 'ERR_HTTP_HEADERS_TIMEOUT') return { kind: 'timeout', status: 408 };

  return { kind: 'badRequest', status: 400 };
};

/**
 * Server options both surfaces share, so that no error Fastify or Node answers by itself (a bad
 * percent-encoding, a parameter that is too long, headers over 16 KB, a request that takes too long)
 * reaches a person as raw JSON: each is a Dutch/English page with its own status.
 */
export const serverLimits = (ctx: AppContext): Partial<FastifyHttpOptions<Server>> => {
  const requestTimeout = ctx.config.requestTimeoutSeconds * 1000;

  return {
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    requestTimeout,
    // Node looks for requests over their time only this often; a short limit needs a short interval.
    http: { requestTimeout, headersTimeout: Math.min(60_000, requestTimeout), connectionsCheckingInterval: Math.max(250, Math.min(30_000, requestTimeout / 4)) },
    frameworkErrors: (error: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
      const { kind, status } = frameworkKind(error.code);
      req.log.info({ code: error.code, status }, 'request refused by the router');

      return reply.code(status).headers(BARE_HEADERS).send(bareErrorPage(kind, req.headers.cookie));
    },
    clientErrorHandler: (error: Error & { code?: string; rawPacket?: unknown }, socket: Socket) => {
      if (error.code === 'ECONNRESET' || !socket.writable) {
        socket.destroy();
        return;
      }
      const { kind, status } = clientKind(error.code);
      // The cookie header may be the very thing that was too large: only the language is looked for.
      const raw = Buffer.isBuffer(error.rawPacket) ? error.rawPacket.subarray(0, 65536).toString('latin1') : '';
      const cookie = /vn_lang=en/.test(raw) ? 'vn_lang=en' : undefined;
      const body = bareErrorPage(kind, cookie);
      const head = Object.entries({ ...BARE_HEADERS, 'content-length': String(Buffer.byteLength(body)), connection: 'close' })
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join('');
      socket.end(`HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Bad Request'}\r\n${head}\r\n${body}`);
    },
  };
};
