import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { type Access, hasAccess, loadSession, passkeySessionGate, type StaffSession } from '../modules/accounts/index.ts';
import { renderStaffError } from '../web/error-page.tsx';
import { registerCommon } from './common-plugins.ts';
import { serverLimits } from './server-limits.ts';
import type { AppContext } from './context.ts';
import { collectHomeNotices } from './home-notices.ts';
import type { FigureQuery, HomeNotice, HomeNoticeUser } from './module.ts';
import { collectFigures } from './module-hooks.ts';
import { MODULES } from './modules.ts';
import { requestLogSerializers } from './request-log.ts';

/** One staff route as registered: the route inventory that the authorisation tests walk. */
export type StaffRoute = { method: string; url: string; access: Access | undefined };

const inventories = new WeakMap<FastifyInstance, StaffRoute[]>();

/** Every route of a staff server built by buildStaffServer, in registration order (HEAD twins left out). */
export const listStaffRoutes = (app: FastifyInstance): readonly StaffRoute[] => inventories.get(app) ?? [];

/** Paths a user who must change their password can still reach. */
const PASSWORD_CHANGE_PATHS = new Set(['/account/wachtwoord', '/uitloggen', '/assets/vangnet.css']);

/**
 * The staff app. Its own port, meant for a closed network. Every route must say who may use it
 * (config.access); a route that does not is closed to everyone.
 */
export const buildStaffServer = async (ctx: AppContext): Promise<FastifyInstance> => {
  const app = Fastify({
    logger: { level: ctx.config.logLevel, base: { surface: 'staff' }, ...(ctx.logStream ? { stream: ctx.logStream } : {}), serializers: requestLogSerializers },
    // Staff logs keep IP and user agent for security (DESIGN §4), and no content (request-log.ts).
    trustProxy: false,
    bodyLimit: 1024 * 1024,
    ...serverLimits(ctx),
  });
  app.decorateRequest('staff', null);
  // Recorded before any route exists, so modules added later are in the inventory without asking.
  const routes: StaffRoute[] = [];
  inventories.set(app, routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD' && methods.length === 1 && routes.some((r) => r.method === 'GET' && r.url === route.url)) continue;
      routes.push({ method, url: route.url, access: route.config?.access });
    }
  });
  await registerCommon(app, ctx, 'staff', renderStaffError);

  app.addHook('onRequest', async (req, reply) => {
    req.staff = await loadSession(ctx, req);
    if (!req.routeOptions.url) return; // unknown path: the not-found page answers
    const access = req.routeOptions.config.access;
    if (access === undefined) {
      req.log.warn({ route: req.routeOptions.url }, 'route without access rule refused');
      return renderStaffError(req, reply, 'forbidden', 403);
    }
    if (access === 'anyone') return;
    const staff = req.staff;
    if (staff?.stage !== 'active') {
      if (req.method === 'GET') return reply.redirect(`/inloggen?terug=${encodeURIComponent(req.url)}`, 303);
      return renderStaffError(req, reply, 'forbidden', 401);
    }
    if (staff.user.mustChangePassword && !PASSWORD_CHANGE_PATHS.has(req.routeOptions.url)) {
      return reply.redirect('/account/wachtwoord', 303);
    }
    // A role that requires passkeys holds for sessions made before it did (accounts decides).
    const sent = await passkeySessionGate(ctx, req, reply);
    if (sent) return sent;
    if (!hasAccess(access, staff.user.roles)) return renderStaffError(req, reply, 'forbidden', 403);
  });

  app.addHook('onResponse', async (req, reply) => {
    req.log.info(
      { ip: req.ip, ua: req.headers['user-agent'], user: req.staff?.user.id, status: reply.statusCode },
      'staff request',
    );
  });

  // The start page (accounts) asks every module what waits for the user; handed over here so
  // accounts need not import the module list that imports accounts.
  app.decorate('homeNotices', (user: HomeNoticeUser, log: FastifyBaseLogger) => collectHomeNotices(MODULES, ctx, user, log));
  // The dashboards (municipalities) ask every module for its counts the same way.
  app.decorate('collectFigures', (query: FigureQuery, log: FastifyBaseLogger) => collectFigures(MODULES, ctx, query, log));
  for (const mod of MODULES) {
    if (mod.staffRoutes) await mod.staffRoutes(app, ctx);
  }

  return app;
};

declare module 'fastify' {
  interface FastifyRequest {
    staff: StaffSession | null;
  }
  interface FastifyInstance {
    homeNotices: (user: HomeNoticeUser, log: FastifyBaseLogger) => Promise<HomeNotice[]>;
    collectFigures: (query: FigureQuery, log: FastifyBaseLogger) => ReturnType<typeof collectFigures>;
  }
}
