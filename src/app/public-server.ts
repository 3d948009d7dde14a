import Fastify, { type FastifyInstance } from 'fastify';
import { renderPublicError } from '../web/error-page.tsx';
import { registerCommon } from './common-plugins.ts';
import { serverLimits } from './server-limits.ts';
import type { AppContext } from './context.ts';
import { MODULES } from './modules.ts';
import { requestLogSerializers } from './request-log.ts';

/**
 * The public site: report form, follow-up, information pages. Hard rule 2: its log never holds an IP
 * address or user agent — the request serializer (request-log.ts) writes method and route pattern only, and there is no
 * proxy trust, so no forwarded header is read either.
 */
export const buildPublicServer = async (ctx: AppContext): Promise<FastifyInstance> => {
  const app = Fastify({
    logger: {
      level: ctx.config.logLevel,
      base: { surface: 'public' },
      ...(ctx.logStream ? { stream: ctx.logStream } : {}),
      serializers: requestLogSerializers,
    },
    trustProxy: false,
    bodyLimit: 1024 * 1024,
    ...serverLimits(ctx),
  });
  app.decorateRequest('staff', null);
  await registerCommon(app, ctx, 'public', renderPublicError);

  for (const mod of MODULES) {
    if (mod.publicRoutes) await mod.publicRoutes(app, ctx);
  }

  return app;
};
