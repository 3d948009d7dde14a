import type { VangnetModule } from '../../app/module.ts';
import { announceFirstAdminSetup } from './setup/create-setup-token.ts';
import { loadDemoAccounts } from './setup/load-demo-accounts.ts';
import { rewrapAccountSecrets } from './rewrap-account-secrets.ts';
import { accountRoutes } from './own-account/routes-account.tsx';
import { adminUserRoutes } from './users/routes-admin.tsx';
import { homeRoutes } from './routes-home.tsx';
import { organisationRoutes } from './organisations/routes-organisations.tsx';
import { setupRoutes } from './setup/routes-setup.tsx';
import { signInRoutes } from './sign-in/routes-sign-in.tsx';

/** Staff accounts: sign-in with two factors, sessions, users and roles, organisations. */
export const accountsModule: VangnetModule = {
  name: 'accounts',
  staffRoutes: async (app, ctx) => {
    await signInRoutes(app, ctx);
    await homeRoutes(app);
    await adminUserRoutes(app, ctx);
    await organisationRoutes(app, ctx);
    await accountRoutes(app, ctx);
    await setupRoutes(app, ctx);
  },
  onStarted: async (ctx) => {
    await announceFirstAdminSetup(ctx);
  },
  rewrapSecrets: rewrapAccountSecrets,
  demo: loadDemoAccounts,
};
