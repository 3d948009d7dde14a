import type { FastifyInstance } from 'fastify';
import { render, view } from '../../app/view.ts';
import { staffNav } from '../../web/staff-nav.ts';
import { HomePage } from './views/home.tsx';

/**
 * The staff start page: what waits for the user ("Voor u": each module counts its own, see
 * homeNotices in src/app/module.ts), then links to what the user's roles open, from the menu's list.
 */
export const homeRoutes = async (app: FastifyInstance) => {
  app.get('/', { config: { access: 'signed-in' } }, async (req, reply) => {
    const v = view(req, reply);
    const links = staffNav(v.lang, v.user?.roles ?? []).filter((l) => l.href !== '/');
    const notices = v.user ? await app.homeNotices({ id: v.user.id, roles: v.user.roles }, req.log) : [];

    return render(reply, <HomePage view={v} links={links} notices={notices} />);
  });
};
