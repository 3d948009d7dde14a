import type { VangnetModule } from '../../app/module.ts';
import { render, view } from '../../app/view.ts';
import { AboutPage, HelpPage, HomePage, PrivacyPage } from './views/pages.tsx';

/** Information pages of the public site. The report form and follow-up live in the intake module. */
export const publicSiteModule: VangnetModule = {
  name: 'public-site',
  publicRoutes: async (app) => {
    app.get('/', async (req, reply) => render(reply, HomePage({ view: view(req, reply) })));
    app.get('/hoe-wij-werken', async (req, reply) => render(reply, AboutPage({ view: view(req, reply) })));
    app.get('/hulp', async (req, reply) => render(reply, HelpPage({ view: view(req, reply) })));
    app.get('/privacy', async (req, reply) => render(reply, PrivacyPage({ view: view(req, reply) })));
  },
};
