import type { VangnetModule } from '../../app/module.ts';
import { signInRoutes } from './routes-sign-in.tsx';

/** Staff accounts: sign-in with two factors, sessions, users and roles, organisations. */
export const accountsModule: VangnetModule = {
  name: 'accounts',
  staffRoutes: async (app, ctx) => {
    await signInRoutes(app, ctx);
  },
};
