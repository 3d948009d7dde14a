import type { FastifyInstance } from 'fastify';
import { render, view } from '../../app/view.ts';
import { staffNav } from '../../web/staff-nav.ts';
import { HomePage } from './views/home.tsx';

/** The staff start page: links to what the user's roles open, from the same list as the menu. */
export const homeRoutes = async (app: FastifyInstance) => {
  app.get('/', { config: { access: 'signed-in' } }, async (req, reply) => {
    const v = view(req, reply);
    const links = staffNav(v.lang, v.user?.roles ?? []).filter((l) => l.href !== '/');

    return render(reply, <HomePage view={v} links={links} />);
  });
};
